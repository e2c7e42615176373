using System.CommandLine;
using Compare.Protos.V1;

namespace Compare.Cli.Client;

/// <summary><c>compare --server URL report STORY [--format md|json|html|csv] [--out FILE]</c>: a story's latest stored report.</summary>
internal static class RemoteReportCommand
{
    public static Command Build(RemoteConnection connection)
    {
        var story = new Argument<string>("story") { Description = "Story id (see 'stories')" };
        var format = new Option<string>("--format") { Description = "md, json, html or csv", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "markdown", "json", "html", "csv");
        var output = new Option<FileInfo?>("--out") { Description = "File to write (default: standard output)" };
        var command = new Command("report", "A story's latest report, rendered by the server");
        command.Arguments.Add(story);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction((p, ct) => connection.RunAsync(p, async c =>
        {
            var request = new GetReportRequest { StoryId = p.GetValue(story)!, Format = Format(p.GetValue(format)!) };
            var report = await c.Comparisons.GetReportAsync(request, c.Options(ct)).ConfigureAwait(false);
            if (p.GetValue(output) is { } file)
            {
                await File.WriteAllBytesAsync(file.FullName, report.Content.ToByteArray(), ct).ConfigureAwait(false);
                Console.WriteLine($"Wrote {file.FullName} ({report.Content.Length} bytes, {report.ContentType}).");
            }
            else
            {
                using var stdout = Console.OpenStandardOutput();
                report.Content.WriteTo(stdout);
            }

            return 0;
        }));
        return command;
    }

    private static ReportFormat Format(string name) => name switch
    {
        "json" => ReportFormat.Json,
        "html" => ReportFormat.Html,
        "csv" => ReportFormat.Csv,
        _ => ReportFormat.Markdown,
    };
}
