using System.CommandLine;
using System.Text.Json;
using Compare.Cli.Commands;
using Compare.Core.Analysis.Claims;

namespace Compare.Cli.Tests.Reports;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("compare-report-cmd-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Invoke_TopicFolderAsJson_ComparesEveryOutletAndFindsDifferences()
    {
        var topic = Path.Combine(RepoPaths.Corpus, "port-alder-budget");
        var output = Path.Combine(_dir, "report.json");

        var code = await RunAsync(topic, "--format", "json", "--out", output);

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken));
        var outlets = doc.RootElement.GetProperty("outlets").EnumerateArray().Select(o => o.GetProperty("id").GetString()).Order().ToList();
        Assert.Equal(["meridian-post", "northline-news", "the-civic-ledger", "the-harbor-courier"], outlets);
        var kinds = doc.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("kind").GetString()).ToList();
        Assert.Contains("differ", kinds);
        Assert.Contains("omitted", kinds);
    }

    [Fact]
    public async Task Invoke_UnknownFormat_FailsWithoutComparing()
    {
        var code = await RunAsync(_dir, "--format", "pdf");

        Assert.Equal(2, code);
    }

    [Fact]
    public async Task Invoke_OnlyUnreadableFiles_SaysNothingToCompare()
    {
        File.WriteAllBytes(Path.Combine(_dir, "a.txt"), []);

        var code = await RunAsync(_dir, "--out", Path.Combine(_dir, "r.md"));

        Assert.Equal(2, code);
        Assert.False(File.Exists(Path.Combine(_dir, "r.md")));
    }

    private static Task<int> RunAsync(params string[] args)
    {
        var root = new RootCommand { ReportCommand.Build(() => new ClaimExtractor()) };
        return root.Parse(["report", .. args]).InvokeAsync(cancellationToken: TestContext.Current.CancellationToken);
    }
}
