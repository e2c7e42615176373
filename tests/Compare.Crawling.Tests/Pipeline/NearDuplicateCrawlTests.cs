namespace Compare.Crawling.Tests.Pipeline;

/// <summary>A wire story republished by a partner outlet is stored, and marked as the same source as the original.</summary>
public sealed class NearDuplicateCrawlTests : IAsyncLifetime
{
    private TestSite _site = null!;
    private CrawlHarness _crawler = null!;

    public async ValueTask InitializeAsync()
    {
        _site = await TestSite.StartAsync();
        var wire = _site.Catalog.Outlet("eastgate-wire").Outlet;
        var settings = CrawlHarness.Outlet(0, wire.Id, wire.HomeUrl, _site.FeedUrl(wire.Id));
        foreach (var kv in CrawlHarness.Outlet(1, "partner", new Uri("http://partner.example/"), new Uri(_site.BaseUrl, "partner/feed.xml")))
        {
            settings[kv.Key] = kv.Value;
        }

        _crawler = new CrawlHarness(settings);
    }

    public async ValueTask DisposeAsync()
    {
        await _crawler.DisposeAsync();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task Crawl_PartnerCopyOfAWireStory_IsMarkedAsADuplicateOfOneOriginal()
    {
        var summary = await _crawler.CrawlAsync();

        Assert.Equal(6, summary.Totals.New);
        Assert.Equal(1, summary.Totals.Duplicates);
        var ct = TestContext.Current.CancellationToken;
        var copy = await _crawler.Store.Articles.GetByUrlAsync(new Uri(_site.BaseUrl, "partner/copy"), ct);
        var original = (await _crawler.Store.Articles.ListAsync("eastgate-wire", 10, ct))
            .Single(a => a.Article.CanonicalUrl.AbsoluteUri.Contains("kestrel-bay", StringComparison.Ordinal));
        Assert.NotNull(copy);
        // Whichever of the two was stored first is the original; the other points at it.
        Assert.True(copy.DuplicateOf == original.Article.Id ^ (await _crawler.Store.Articles.GetAsync(original.Article.Id, ct))!.DuplicateOf == copy.Article.Id);
        var others = (await _crawler.Store.Articles.ListAsync("eastgate-wire", 10, ct)).Where(a => a.Article.Id != original.Article.Id);
        Assert.All(others, a => Assert.Null(a.DuplicateOf));
    }
}
