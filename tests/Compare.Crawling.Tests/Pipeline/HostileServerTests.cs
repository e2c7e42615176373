using System.Globalization;
using Compare.Storage.Articles;
using Compare.Storage.UrlStates;

namespace Compare.Crawling.Tests.Pipeline;

/// <summary>
/// A site that misbehaves in every way the crawler must survive. One crawl reads its feeds; each test checks that one
/// misbehaviour was handled: the crawl went on, the error was recorded against the URL, good pages were stored.
/// </summary>
public sealed class HostileServerTests(HostileSiteFixture fixture) : IClassFixture<HostileSiteFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Uri Url(string path) => new(fixture.Site.BaseUrl, path);

    private async Task<UrlState> StateAsync(string path) =>
        await fixture.Crawler.Store.UrlStates.GetAsync(Url(path).AbsoluteUri, Ct) ?? throw new InvalidOperationException($"no state for {path}");

    private Task<StoredArticle?> ArticleAsync(string path) => fixture.Crawler.Store.Articles.GetByUrlAsync(Url(path), Ct);

    [Fact]
    public void Crawl_CountsEveryOutcome()
    {
        var t = fixture.Summary.Totals;
        // busy, flaky, charset, changing, lastmod
        Assert.True(5 == t.New, string.Join("\n", fixture.Summary.Outlets.Single().Errors.Select(e => e.Url + ": " + e.Message)));
        // slow, huge, bomb, loop, empty, image, 127.0.0.2, foreign host, broken feed
        Assert.Equal(9, t.Errors);
        Assert.Equal(1, t.SkippedByRobots);
        Assert.Equal(9, fixture.Summary.Outlets.Single().Errors.Count);
    }

    [Fact]
    public async Task RobotsDisallow_PageIsSkippedAndNeverRequested()
    {
        Assert.Equal(0, fixture.Site.Hits("/private/secret"));
        Assert.Null(await fixture.Crawler.Store.UrlStates.GetAsync(Url("private/secret").AbsoluteUri, Ct));
        Assert.Equal(1, fixture.Site.Hits("/robots.txt"));
    }

    [Fact]
    public async Task TooManyRequestsWithRetryAfter_IsRetriedAndStored()
    {
        var article = await ArticleAsync("hostile/busy");

        Assert.NotNull(article);
        Assert.Equal("Busy server answers on the second try", article.Article.Title);
        Assert.Contains("Harbor pilots in Port Velden", article.Article.Text, StringComparison.Ordinal);
        Assert.Equal(2, fixture.Site.Hits("/hostile/busy"));
    }

    [Fact]
    public async Task ServerErrorThenSuccess_IsRetriedAndStored()
    {
        Assert.Equal("Flaky server recovers after one error", (await ArticleAsync("hostile/flaky"))?.Article.Title);
        Assert.Equal(2, fixture.Site.Hits("/hostile/flaky"));
        Assert.Null((await StateAsync("hostile/flaky")).LastError);
    }

    [Fact]
    public async Task ResponseSlowerThanTheTimeout_IsRecordedAsTimeout()
    {
        var state = await StateAsync("hostile/slow");

        Assert.Contains("no response within 1 s", state.LastError, StringComparison.Ordinal);
        Assert.Null(await ArticleAsync("hostile/slow"));
    }

    [Theory]
    [InlineData("hostile/huge")]
    [InlineData("hostile/bomb")]
    public async Task BodyOverTheLimit_PlainOrGzipBomb_IsCutOffAndRecorded(string path)
    {
        var state = await StateAsync(path);

        Assert.Contains("over the limit of 5242880 bytes", state.LastError, StringComparison.Ordinal);
        Assert.Equal(200, state.LastStatus);
        Assert.Null(await ArticleAsync(path));
    }

    [Fact]
    public async Task RedirectLoop_IsRecorded()
    {
        var state = await StateAsync("hostile/loop/a");

        Assert.StartsWith("redirect loop:", state.LastError, StringComparison.Ordinal);
        Assert.Equal(1, fixture.Site.Hits("/hostile/loop/b"));
    }

    [Fact]
    public async Task WrongCharsetInHeader_TextIsDecodedByThePageDeclaration()
    {
        var article = await ArticleAsync("hostile/charset");

        Assert.NotNull(article);
        Assert.Contains(HostilePages.CharsetText, article.Article.Text, StringComparison.Ordinal);
        Assert.Equal("fr", article.Article.Language);
    }

    [Fact]
    public async Task MalformedFeed_IsRecordedAgainstTheFeedWhileTheOtherFeedIsCrawled()
    {
        var state = await StateAsync("hostile/broken.xml");

        Assert.Contains("not a readable RSS or Atom feed", state.LastError, StringComparison.Ordinal);
        Assert.Null((await StateAsync("hostile/feed.xml")).LastError);
        Assert.NotNull(await ArticleAsync("hostile/flaky"));
    }

    [Fact]
    public async Task FeedWithRelativeAndDuplicateLinks_ResolvesThemAndFetchesEachPageOnce()
    {
        // "/hostile/busy" and ".../hostile/busy?utm_source=rss&utm_medium=feed#top" are one page: one 429 and one 200.
        Assert.Equal(2, fixture.Site.Hits("/hostile/busy"));
        Assert.NotNull(await ArticleAsync("hostile/flaky"));
        var stored = await fixture.Crawler.Store.Articles.ListAsync("hostile", 100, Ct);
        Assert.DoesNotContain(stored, a => a.Article.CanonicalUrl.Query.Contains("utm_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PageWithNoArticle_IsRecordedAndNotStored()
    {
        var state = await StateAsync("hostile/empty");

        Assert.StartsWith("no article found:", state.LastError, StringComparison.Ordinal);
        Assert.Null(await ArticleAsync("hostile/empty"));
    }

    [Fact]
    public async Task WrongContentType_IsRecorded()
    {
        Assert.Equal("content type image/png is not accepted for a page", (await StateAsync("hostile/image")).LastError);
    }

    [Fact]
    public async Task PrivateAddress_IsRefusedByTheSsrfGuard()
    {
        var url = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.2:{fixture.Site.Port}/hostile/flaky");
        var state = await fixture.Crawler.Store.UrlStates.GetAsync(url, Ct);

        Assert.NotNull(state);
        Assert.StartsWith("blocked by the SSRF guard: 127.0.0.2 resolves to 127.0.0.2", state.LastError, StringComparison.Ordinal);
        Assert.Equal(0, state.LastStatus);
    }

    [Fact]
    public void LinkToAHostOutsideTheOutlet_IsNotFetched()
    {
        var error = fixture.Summary.Outlets.Single().Errors.Single(e => e.Url.StartsWith("https://elsewhere.example/", StringComparison.Ordinal));

        Assert.Equal("elsewhere.example is not one of this outlet's hosts; not fetched", error.Message);
    }
}
