using System.Text;
using Compare.Core.Domain;
using Compare.Reports.Tests.Fixtures;

namespace Compare.Reports.Tests;

public sealed class ReportRendererTests
{
    private static readonly Comparison PortAlder = PortAlderBudget.Create();

    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Json)]
    [InlineData(ReportFormat.Csv)]
    public void Write_AnyFormat_WritesTheRenderedTextAsUtf8WithoutBom(ReportFormat format)
    {
        using var stream = new MemoryStream();
        ReportRenderer.Write(PortAlder, format, stream);

        var bytes = stream.ToArray();
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no byte order mark");
        Assert.Equal(ReportRenderer.Render(PortAlder, format), Encoding.UTF8.GetString(bytes));
        Assert.True(stream.CanWrite, "the stream is left open");
    }

    [Fact]
    public async Task WriteAsync_Html_WritesTheSameBytesAsWrite()
    {
        using var sync = new MemoryStream();
        using var async = new MemoryStream();
        ReportRenderer.Write(PortAlder, ReportFormat.Html, sync);
        await ReportRenderer.WriteAsync(PortAlder, ReportFormat.Html, async, TestContext.Current.CancellationToken);

        Assert.Equal(sync.ToArray(), async.ToArray());
    }

    [Fact]
    public void Render_UndefinedFormat_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportRenderer.Render(PortAlder, (ReportFormat)42));

    [Fact]
    public void Render_NullComparison_Throws() =>
        Assert.Throws<ArgumentNullException>(() => ReportRenderer.Render(null!, ReportFormat.Html));

    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Json)]
    [InlineData(ReportFormat.Csv)]
    public void Render_EmptyComparison_StillRendersAReport(ReportFormat format)
    {
        var empty = new Comparison("empty", "Nothing to compare", DateTimeOffset.UnixEpoch, [], [], [], [], [],
            new ComparisonMethod("v", "e", "p", []));

        var text = ReportRenderer.Render(empty, format);

        Assert.False(string.IsNullOrWhiteSpace(text));
    }

    [Fact]
    public void Render_SameComparisonTwice_GivesIdenticalOutput() =>
        Assert.Equal(ReportRenderer.Render(PortAlder, ReportFormat.Html), ReportRenderer.Render(PortAlder, ReportFormat.Html));

    [Fact]
    public void Render_ConcurrentCalls_GiveTheSameReport()
    {
        // A server renders reports for several requests at once; the charts' drawing library must not mix them up.
        var expected = ReportRenderer.Render(PortAlder, ReportFormat.Html);
        var results = new string[8];

        Parallel.For(0, results.Length, i => results[i] = ReportRenderer.Render(PortAlder, ReportFormat.Html));

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
