using Compare.Core.Corpus;
using Compare.Core.Html;
using Compare.Crawling.Extraction;

namespace Compare.Crawling.Tests.Pipeline;

/// <summary>Crawling the corpus served over HTTP, through its feeds, as a live site would be crawled.</summary>
public sealed class CorpusCrawlTests : IAsyncLifetime
{
    private TestSite _site = null!;
    private CrawlHarness _crawler = null!;

    public async ValueTask InitializeAsync()
    {
        _site = await TestSite.StartAsync();
        var settings = new Dictionary<string, string?>();
        var outlets = _site.Catalog.Outlets;
        for (var i = 0; i < outlets.Count; i++)
        {
            foreach (var kv in CrawlHarness.Outlet(i, outlets[i].Outlet.Id, outlets[i].Outlet.HomeUrl, _site.FeedUrl(outlets[i].Outlet.Id)))
            {
                settings[kv.Key] = kv.Value;
            }
        }

        settings["Crawler:MaxConcurrencyPerHost"] = "1";
        settings["Crawler:MaxParallelPages"] = "4";
        _crawler = new CrawlHarness(settings);
    }

    public async ValueTask DisposeAsync()
    {
        await _crawler.DisposeAsync();
        await _site.DisposeAsync();
    }

    private List<(CorpusOutlet Outlet, CorpusTopic Topic, CorpusPage Page)> CorpusPages() =>
        _site.Catalog.Topics
            .SelectMany(t => t.Gold.Articles.Select(a => _site.Catalog.Outlet(a.Outlet)).Select(o => (o, t, CorpusPage.Load(t.PagePath(o.Outlet.Id), o))))
            .ToList();

    [Fact]
    public async Task Crawl_ServedCorpus_StoresExactlyTheCorpusArticlesWithTheirMetadata()
    {
        var summary = await _crawler.CrawlAsync();

        var pages = CorpusPages();
        Assert.Equal(26, pages.Count);
        Assert.Equal(pages.Count, summary.Totals.Fetched);
        Assert.Equal(pages.Count, summary.Totals.New);
        Assert.Equal(0, summary.Totals.Errors);
        Assert.Equal(0, summary.Totals.Duplicates);
        // Six outlets crawl in parallel, four pages at a time each, all on one host: the gate lets one request in at a time.
        Assert.Equal(1, _site.MaxConcurrentRequests);
        var stored = await _crawler.Store.Articles.ListAsync(null, 1000, TestContext.Current.CancellationToken);
        Assert.Equal(
            pages.Select(p => p.Page.Metadata.CanonicalUrl!.AbsoluteUri).Order(StringComparer.Ordinal),
            stored.Select(s => s.Article.CanonicalUrl.AbsoluteUri).Order(StringComparer.Ordinal));
        foreach (var (outlet, topic, page) in pages)
        {
            var s = stored.Single(a => a.Article.CanonicalUrl == page.Metadata.CanonicalUrl);
            var where = $"{topic.Id}/{outlet.Outlet.Id}";
            Assert.Equal(outlet.Outlet.Id, s.Article.OutletId);
            Assert.Equal(page.Metadata.Title, s.Article.Title);
            Assert.Equal(page.Metadata.Byline, s.Article.Byline);
            Assert.Equal(page.Metadata.PublishedAt, s.Article.PublishedAt);
            if (page.Metadata.ModifiedAt is not null)
            {
                // Pages without article:modified_time may still declare dateModified in JSON-LD, which the crawler reads too.
                Assert.Equal(page.Metadata.ModifiedAt, s.Article.ModifiedAt);
            }

            Assert.Equal("en", s.Article.Language);
            Assert.Equal(outlet.Outlet.Name, s.SiteName);
            var text = HtmlText.Collapse(s.Article.Text.Replace("\n", " ", StringComparison.Ordinal));
            foreach (var sentence in topic.Gold.Facts.Select(f => f.Mentions.GetValueOrDefault(outlet.Outlet.Id)).OfType<GoldMention>().SelectMany(m => m.Sentences))
            {
                Assert.True(text.Contains(HtmlText.Collapse(sentence), StringComparison.Ordinal), $"{where}: stored text lacks \"{sentence}\"");
            }

            Assert.True(TokenF1.Of(s.Article.Text, page.BodyText).F1 >= 0.95, $"{where}: text differs from the article body");
        }
    }

    [Fact]
    public async Task Recrawl_EveryPageAnswers304_NothingIsFetchedOrChanged()
    {
        await _crawler.CrawlAsync();

        var second = await _crawler.CrawlAsync();

        Assert.Equal(26, second.Totals.NotModified);
        Assert.Equal(0, second.Totals.Fetched);
        Assert.Equal(0, second.Totals.New + second.Totals.Revised + second.Totals.Errors);
        Assert.Equal(26, await _crawler.Store.Articles.CountAsync(null, TestContext.Current.CancellationToken));
        var runs = await _crawler.Store.CrawlRuns.ListRecentAsync(10, TestContext.Current.CancellationToken);
        Assert.Equal(2, runs.Count);
        Assert.Equal((0, 26), (runs[0].Counts.New, runs[0].Counts.NotModified));
        Assert.Equal((26, 0), (runs[1].Counts.New, runs[1].Counts.NotModified));
    }
}
