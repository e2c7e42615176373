using System.CommandLine;
using System.Globalization;
using Compare.Protos.V1;
using Google.Protobuf;
using Spectre.Console;

namespace Compare.Cli.Client;

/// <summary><c>compare --server URL stories [--outlet ID] [--text WORDS] [--json]</c>: every page of the server's stories.</summary>
internal static class RemoteStoriesCommand
{
    public static Command Build(RemoteConnection connection)
    {
        var outlet = new Option<string?>("--outlet") { Description = "Only stories this outlet covers" };
        var text = new Option<string?>("--text") { Description = "Only stories whose label or titles contain these words" };
        var json = new Option<bool>("--json") { Description = "Print the stories as JSON lines" };
        var command = new Command("stories", "Stories on the server: outlets, article count, last update, differences and omissions");
        command.Options.Add(outlet);
        command.Options.Add(text);
        command.Options.Add(json);
        command.SetAction((p, ct) => connection.RunAsync(p, async c =>
        {
            var stories = new List<StorySummary>();
            var request = new ListStoriesRequest { OutletId = p.GetValue(outlet) ?? string.Empty, Text = p.GetValue(text) ?? string.Empty, PageSize = 200 };
            do
            {
                var page = await c.Comparisons.ListStoriesAsync(request, c.Options(ct)).ConfigureAwait(false);
                stories.AddRange(page.Stories);
                request.PageToken = page.NextPageToken;
            }
            while (request.PageToken.Length > 0);

            if (p.GetValue(json))
            {
                stories.ForEach(s => Console.WriteLine(JsonFormatter.Default.Format(s)));
                return 0;
            }

            var table = new Table().Border(TableBorder.Simple).Title($"{stories.Count} stories")
                .AddColumn(new TableColumn("story").NoWrap()).AddColumns("label", "outlets", "articles", "last update", "differences", "omissions");
            foreach (var s in stories)
            {
                table.AddRow(Markup.Escape(s.Id), Markup.Escape(s.Label), Markup.Escape(string.Join(", ", s.OutletIds)),
                    s.ArticleCount.ToString(CultureInfo.InvariantCulture), s.UpdatedAt.ToDateTimeOffset().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
                    s.Differences.ToString(CultureInfo.InvariantCulture), s.Omissions.ToString(CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
            return 0;
        }));
        return command;
    }
}
