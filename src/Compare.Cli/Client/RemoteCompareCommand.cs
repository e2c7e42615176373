using System.CommandLine;
using Compare.Protos.V1;
using Google.Protobuf;
using Grpc.Core;

namespace Compare.Cli.Client;

/// <summary>
/// <c>compare --server URL compare</c>: a stored story (<c>--story</c>), a topic (<c>--topic</c>) or local text files
/// (<c>--article OUTLET=FILE</c>), compared by the server with progress on stderr, then the findings (or <c>--json</c>).
/// </summary>
internal static class RemoteCompareCommand
{
    public static Command Build(RemoteConnection connection)
    {
        var story = new Option<string?>("--story") { Description = "Id of a stored story (see 'stories')" };
        var topic = new Option<string?>("--topic") { Description = "A topic in words: the stored articles matching it are compared" };
        var articles = new Option<string[]>("--article")
        {
            Description = "OUTLET=FILE: a plain-text article of an outlet (repeatable; two outlets at least)",
            AllowMultipleArgumentsPerToken = true,
        };
        var recompute = new Option<bool>("--recompute") { Description = "With --story: compute anew even when the stored comparison is current" };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON (the proto's JSON mapping)" };
        var command = new Command("compare", "Compare a story, a topic or local articles on the server");
        command.Options.Add(story);
        command.Options.Add(topic);
        command.Options.Add(articles);
        command.Options.Add(recompute);
        command.Options.Add(json);
        command.SetAction((p, ct) =>
        {
            var request = Request(p.GetValue(story), p.GetValue(topic), p.GetValue(articles) ?? [], p.GetValue(recompute));
            return request is null ? Task.FromResult(2) : connection.RunAsync(p, c => RunAsync(c, request, p.GetValue(json), ct));
        });
        return command;
    }

    private static CompareRequest? Request(string? story, string? topic, string[] articles, bool recompute)
    {
        if (new[] { story is not null, topic is not null, articles.Length > 0 }.Count(b => b) != 1)
        {
            Console.Error.WriteLine("compare: give one of --story ID, --topic \"words\" or --article OUTLET=FILE (twice or more)");
            return null;
        }

        if (story is not null)
        {
            return new CompareRequest { StoryId = story, Recompute = recompute };
        }

        if (topic is not null)
        {
            return new CompareRequest { TopicQuery = topic };
        }

        var inline = new InlineArticles();
        foreach (var a in articles)
        {
            var split = a.IndexOf('=', StringComparison.Ordinal);
            if (split <= 0 || !File.Exists(a[(split + 1)..]))
            {
                Console.Error.WriteLine($"compare: --article '{a}' is not OUTLET=FILE with an existing file");
                return null;
            }

            var path = a[(split + 1)..];
            inline.Articles.Add(new InlineArticle { Outlet = a[..split], Title = Path.GetFileNameWithoutExtension(path), Text = File.ReadAllText(path) });
        }

        return new CompareRequest { Inline = inline };
    }

    private static async Task<int> RunAsync(Clients clients, CompareRequest request, bool json, CancellationToken cancellationToken)
    {
        using var call = clients.Comparisons.CompareStream(request, clients.Options(cancellationToken));
        ComparisonReport? report = null;
        await foreach (var e in call.ResponseStream.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (e.EventCase == CompareEvent.EventOneofCase.Progress)
            {
                var p = e.Progress;
                await Console.Error.WriteLineAsync(p.Total > 0 ? $"{p.Stage} {p.Done}/{p.Total} {p.Message}" : $"{p.Stage} {p.Message}").ConfigureAwait(false);
            }
            else
            {
                report = e.Report;
            }
        }

        if (report is null)
        {
            await Console.Error.WriteLineAsync("compare: the server ended the stream without a report").ConfigureAwait(false);
            return 1;
        }

        Console.WriteLine(json ? JsonFormatter.Default.Format(report) : ReportText.Summary(report));
        return 0;
    }
}
