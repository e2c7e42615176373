namespace Compare.Crawling.Tests.Pipeline;

/// <summary>A second crawl of a site that broke or changed: stored articles stay, errors are recorded, changes become revisions.</summary>
public sealed class StoredArticlesSurviveTests : IAsyncLifetime
{
    private TestSite _site = null!;
    private CrawlHarness _crawler = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _site = await TestSite.StartAsync();
        _site.ChangingText = "The council approved the plan with 7 votes in favour and 2 against on Monday evening, after a debate that lasted four hours.";
        _crawler = new CrawlHarness(HostileSiteFixture.Settings(_site));
    }

    public async ValueTask DisposeAsync()
    {
        await _crawler.DisposeAsync();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task Recrawl_SiteNowFailing_KeepsStoredArticlesAndRecordsTheErrors()
    {
        await _crawler.CrawlAsync();
        var flaky = new Uri(_site.BaseUrl, "hostile/flaky");
        var before = await _crawler.Store.Articles.GetByUrlAsync(flaky, Ct);
        Assert.NotNull(before);

        _site.AlwaysFail = true;
        var second = await _crawler.CrawlAsync();

        var after = await _crawler.Store.Articles.GetByUrlAsync(flaky, Ct);
        Assert.Equal(before.Article, after?.Article);
        var state = await _crawler.Store.UrlStates.GetAsync(flaky.AbsoluteUri, Ct);
        Assert.Equal("HTTP 500 Internal Server Error", state?.LastError);
        Assert.Equal(1, state?.ErrorCount);
        Assert.Equal(before.Article.Id, state?.ArticleId);
        Assert.Equal(500, state?.LastStatus);
        Assert.StartsWith("HTTP 429 Too Many Requests", (await _crawler.Store.UrlStates.GetAsync(new Uri(_site.BaseUrl, "hostile/busy").AbsoluteUri, Ct))?.LastError,
            StringComparison.Ordinal);
        Assert.Equal(5, await _crawler.Store.Articles.CountAsync("hostile", Ct));
        Assert.Equal(0, second.Totals.New);
    }

    [Fact]
    public async Task Recrawl_PageWithOnlyLastModified_AnswersNotModifiedToIfModifiedSince()
    {
        await _crawler.CrawlAsync();

        var second = await _crawler.CrawlAsync();

        var state = await _crawler.Store.UrlStates.GetAsync(new Uri(_site.BaseUrl, "hostile/lastmod").AbsoluteUri, Ct);
        Assert.Equal(304, state?.LastStatus);
        Assert.Equal("Mon, 31 Aug 2026 12:00:00 GMT", state?.LastModified);
        Assert.Equal(1, second.Totals.NotModified);
        Assert.Equal(2, _site.Hits("/hostile/lastmod"));
    }

    [Fact]
    public async Task Recrawl_PageTextChanged_StoresARevisionWithADiffSummary()
    {
        await _crawler.CrawlAsync();
        _site.ChangingText = "The council approved the plan with 6 votes in favour and 3 against on Monday evening, after a debate that lasted four hours.";

        var second = await _crawler.CrawlAsync();

        Assert.Equal(1, second.Totals.Revised);
        var article = await _crawler.Store.Articles.GetByUrlAsync(new Uri(_site.BaseUrl, "hostile/changing"), Ct);
        Assert.NotNull(article);
        Assert.Equal(2, article.Revision);
        var revisions = await _crawler.Store.Articles.GetRevisionsAsync(article.Article.Id, Ct);
        Assert.Contains("with 7 votes in favour and 2 against", revisions[0].Text, StringComparison.Ordinal);
        Assert.Contains("with 6 votes in favour and 3 against", revisions[1].Text, StringComparison.Ordinal);
        Assert.Equal("1 paragraph changed; +2/-2 words; first change: \"7\" -> \"6\"", revisions[1].DiffSummary);
    }
}
