using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Compare.Storage.Sqlite;
using Spectre.Console;

namespace Compare.Cli.Commands;

/// <summary><c>compare stories</c>: the stories in the database, with their outlets, articles, last update and latest comparison figures.</summary>
internal static class StoriesCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Build()
    {
        var json = new Option<bool>("--json") { Description = "Print the stories as JSON" };
        var db = DatabaseOption();
        var command = new Command("stories", "Stories in the database: outlets, article count, last update, differences and omissions");
        command.Options.Add(json);
        command.Options.Add(db);
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(json), parse.GetValue(db), ct));
        return command;
    }

    /// <summary>The <c>--db</c> option every offline command shares.</summary>
    internal static Option<FileInfo?> DatabaseOption() => new("--db") { Description = "SQLite database file (default: ./data/compare.db)" };

    /// <summary>Opens the database, or prints why not (it must exist: these commands never create one) and returns null.</summary>
    internal static SqliteCompareStore? OpenStore(FileInfo? db)
    {
        var path = db?.FullName ?? Path.Combine(Directory.GetCurrentDirectory(), "data", "compare.db");
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"compare: no database at {path}: start the server (dotnet run --project src/Compare.Server) or run 'compare crawl', or pass --db PATH");
            return null;
        }

        return new SqliteCompareStore(path, TimeProvider.System);
    }

    private static async Task<int> RunAsync(bool json, FileInfo? db, CancellationToken cancellationToken)
    {
        using var store = OpenStore(db);
        if (store is null)
        {
            return 2;
        }

        var stories = await store.Stories.ListAsync(cancellationToken).ConfigureAwait(false);
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(stories.Select(s => new
            {
                s.Id,
                Kind = s.Kind.ToString().ToLowerInvariant(),
                s.Label,
                Outlets = s.OutletIds,
                Articles = s.ArticleCount,
                LastUpdate = s.UpdatedAt,
                Compared = s.OutletIds.Count >= 2,
                LastComparedAt = s.LastComparedAt,
                Snapshot = s.SnapshotVersion,
                s.Differences,
                s.Omissions,
            }), Json));
            return 0;
        }

        if (stories.Count == 0)
        {
            Console.WriteLine("No stories yet: the worker groups articles after its first crawl.");
            return 0;
        }

        var table = new Table().Border(TableBorder.Simple).Title($"{stories.Count} stories ({Markup.Escape(store.DatabasePath)})")
            .AddColumn(new TableColumn("story").NoWrap()).AddColumns("label", "outlets", "articles", "last update", "differences", "omissions");
        foreach (var s in stories)
        {
            var compared = s.OutletIds.Count >= 2;
            table.AddRow(
                Markup.Escape(s.Id),
                Markup.Escape(s.Label),
                Markup.Escape(string.Join(", ", s.OutletIds)),
                s.ArticleCount.ToString(CultureInfo.InvariantCulture),
                s.UpdatedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
                compared ? s.Differences?.ToString(CultureInfo.InvariantCulture) ?? "pending" : "one outlet",
                compared ? s.Omissions?.ToString(CultureInfo.InvariantCulture) ?? "pending" : "-");
        }

        AnsiConsole.Write(table);
        return 0;
    }
}
