using Compare.Protos.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Compare.Server.Tests.Grpc.Comparisons;

/// <summary>Bad Compare requests, sent over the wire: each is refused with the precise status, naming the field.</summary>
public sealed class CompareRequestReaderTests(GrpcHostFixture host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Compare_NoTarget_IsInvalidArgumentNamingTarget() =>
        await AssertRefusedAsync(new CompareRequest(), StatusCode.InvalidArgument, "target:");

    [Fact]
    public async Task Compare_EmptyStoryId_IsInvalidArgument() =>
        await AssertRefusedAsync(new CompareRequest { StoryId = "" }, StatusCode.InvalidArgument, "story_id:");

    [Fact]
    public async Task Compare_UnknownStory_IsNotFound() =>
        await AssertRefusedAsync(new CompareRequest { StoryId = "s-unknown" }, StatusCode.NotFound, "story_id:");

    [Fact]
    public async Task Compare_QueryWithoutWords_IsInvalidArgument() =>
        await AssertRefusedAsync(new CompareRequest { TopicQuery = "  ?! " }, StatusCode.InvalidArgument, "topic_query:");

    [Fact]
    public async Task Compare_QueryMatchingNothing_IsNotFound() =>
        await AssertRefusedAsync(new CompareRequest { TopicQuery = "zyzzyva quokka xylophone" }, StatusCode.NotFound, "no stored article");

    [Fact]
    public async Task Compare_InlineOfOneOutlet_IsInvalidArgument()
    {
        var request = Inline(("Gazette", "A sentence of enough words to be a claim here."), ("gazette", "Another sentence of enough words to be a claim."));

        await AssertRefusedAsync(request, StatusCode.InvalidArgument, "inline.articles:");
    }

    [Fact]
    public async Task Compare_InlineArticleWithoutText_IsInvalidArgumentNamingIt() =>
        await AssertRefusedAsync(Inline(("a", "Some words in a sentence here."), ("b", "   ")), StatusCode.InvalidArgument, "inline.articles[1].text:");

    [Fact]
    public async Task Compare_InlineBadUrl_IsInvalidArgumentNamingIt()
    {
        var request = Inline(("a", "Some words in a sentence here."), ("b", "Other words in a sentence here."));
        request.Inline.Articles[0].Url = "javascript:alert(1)";

        await AssertRefusedAsync(request, StatusCode.InvalidArgument, "inline.articles[0].url:");
    }

    [Fact]
    public async Task Compare_InlineTimeOutOfRange_IsInvalidArgumentNamingIt()
    {
        var request = Inline(("a", "Some words in a sentence here."), ("b", "Other words in a sentence here."));
        request.Inline.Articles[1].PublishedAt = new Timestamp { Seconds = long.MaxValue };

        await AssertRefusedAsync(request, StatusCode.InvalidArgument, "inline.articles[1].published_at:");
    }

    [Fact]
    public async Task Compare_TooManyInlineArticles_IsResourceExhausted()
    {
        var request = Inline(Enumerable.Range(0, GrpcHostFixture.MaxInlineArticles + 1).Select(i => ($"outlet {i}", "Some words in a sentence here.")).ToArray());

        await AssertRefusedAsync(request, StatusCode.ResourceExhausted, "inline.articles:");
    }

    [Fact]
    public async Task Compare_InlineArticleTooLong_IsResourceExhaustedNamingIt()
    {
        var request = Inline(("a", "Some words in a sentence here."), ("b", new string('x', GrpcHostFixture.MaxArticleChars + 1)));

        await AssertRefusedAsync(request, StatusCode.ResourceExhausted, "inline.articles[1].text:");
    }

    [Fact]
    public async Task Compare_MessageOverTheSizeLimit_IsResourceExhausted()
    {
        var request = Inline(("a", "Some words in a sentence here."), ("b", "Other words."));
        request.Inline.Label = new string('y', GrpcHostFixture.MaxMessageBytes + 10);

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Comparisons.CompareAsync(request, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

    [Fact]
    public async Task GetReport_UnknownFormatNumber_IsInvalidArgumentNamingFormat()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            host.Comparisons.GetReportAsync(new GetReportRequest { StoryId = "s-x", Format = (ReportFormat)99 }, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith("format:", error.Status.Detail, StringComparison.Ordinal);
    }

    private async Task AssertRefusedAsync(CompareRequest request, StatusCode code, string detailStart)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => host.Comparisons.CompareAsync(request, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(code, error.StatusCode);
        Assert.Contains(detailStart, error.Status.Detail, StringComparison.Ordinal);
    }

    private static CompareRequest Inline(params (string Outlet, string Text)[] articles)
    {
        var request = new CompareRequest { Inline = new InlineArticles() };
        request.Inline.Articles.AddRange(articles.Select(a => new InlineArticle { Outlet = a.Outlet, Text = a.Text, Title = "T" }));
        return request;
    }
}
