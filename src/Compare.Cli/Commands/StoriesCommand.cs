using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;

namespace Compare.Cli.Commands;

/// <summary><c>compare stories</c>: the stories in the database, with their outlets, articles, last update and latest comparison figures.</summary>
internal static class StoriesCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Build()
    {
        var json = new Option<bool>("--json") { Description = "Print the stories as JSON" };
        var command = new Command("stories", "Stories in the database: outlets, article count, last update, differences and omissions");
        command.Options.Add(json);
        var database = DatabaseOptions.AddTo(command);
        command.SetAction((parse, ct) => database.RunAsync(parse, (session, c) => RunAsync(session, parse.GetValue(json), c), ct));
        return command;
    }

    private static async Task<int> RunAsync(StoreSession session, bool json, CancellationToken cancellationToken)
    {
        var stories = await session.Store.Stories.ListAsync(cancellationToken).ConfigureAwait(false);
        if (json)
        {
            await session.Output.WriteLineAsync(JsonSerializer.Serialize(stories.Select(s => new
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
            }), Json)).ConfigureAwait(false);
            return 0;
        }

        if (stories.Count == 0)
        {
            await session.Output.WriteLineAsync("No stories yet: the worker groups articles after its first crawl.").ConfigureAwait(false);
            return 0;
        }

        var table = StoreSession.Table("story", "label", "outlets", "articles", "last update", "differences", "omissions")
            .Title($"{stories.Count} stories ({Markup.Escape(session.DatabaseName)})");
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

        session.Write(table);
        return 0;
    }
}
