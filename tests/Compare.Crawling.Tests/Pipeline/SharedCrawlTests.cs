using Compare.Crawling.Pipeline;

namespace Compare.Crawling.Tests.Pipeline;

/// <summary>
/// Two crawler instances on one database, as two worker processes would be: one runs the crawl (discovers and enqueues),
/// the other only helps with the queued pages, both against a real local site.
/// </summary>
public sealed class SharedCrawlTests : IAsyncLifetime
{
    private TestSite _site = null!;

    public async ValueTask InitializeAsync() => _site = await TestSite.StartAsync();

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Dictionary<string, string?> Settings(string delay)
    {
        var settings = new Dictionary<string, string?>();
        var outlets = _site.Catalog.Outlets;
        for (var i = 0; i < outlets.Count; i++)
        {
            foreach (var kv in CrawlHarness.Outlet(i, outlets[i].Outlet.Id, outlets[i].Outlet.HomeUrl, _site.FeedUrl(outlets[i].Outlet.Id)))
            {
                settings[kv.Key] = kv.Value;
            }
        }

        settings["Crawler:MaxConcurrencyPerHost"] = "2";
        settings["Crawler:MaxParallelPages"] = "2";
        settings["Crawler:DefaultCrawlDelay"] = delay;
        settings["Crawler:WorkPollInterval"] = "00:00:00.050";
        return settings;
    }

    /// <summary>Runs the crawl on <paramref name="runner"/> while <paramref name="helper"/> works on the queue; returns the helper's page count.</summary>
    private static async Task<(CrawlSummary Summary, int Helped)> CrawlTogetherAsync(CrawlHarness runner, CrawlHarness helper)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var helped = 0;
        var helping = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var n = await helper.Get<CrawlService>().WorkOnceAsync(stop.Token);
                helped += n;
                if (n == 0)
                {
                    await Task.Delay(10, stop.Token);
                }
            }
        }, Ct);

        var summary = await runner.Get<CrawlService>().RunAsync(null, null, "schedule default@2026-06-11T09:00:00Z", Ct);
        await stop.CancelAsync();
        await helping.ContinueWith(_ => { }, TaskScheduler.Default);
        return (summary, helped);
    }

    [Fact]
    public async Task RunAsync_SecondWorkerHelps_EveryPageFetchedOnceAndEveryArticleStoredOnce()
    {
        await using var runner = new CrawlHarness(Settings("00:00:00"));
        await using var helper = new CrawlHarness(new Dictionary<string, string?>(Settings("00:00:00"))
        {
            ["Storage:DatabasePath"] = ((Compare.Storage.Sqlite.SqliteCompareStore)runner.Store).DatabasePath,
        });

        var (summary, helped) = await CrawlTogetherAsync(runner, helper);

        var pages = _site.RequestStarts.Where(r => !r.Path.EndsWith("feed.xml", StringComparison.Ordinal)).Select(r => r.Path).ToList();
        Assert.Equal(26, pages.Count);
        Assert.Equal(pages.Count, pages.Distinct(StringComparer.Ordinal).Count());
        Assert.InRange(helped, 1, 25);
        Assert.Equal(26, summary.Totals.Fetched);
        Assert.Equal(26, summary.Totals.New);
        Assert.Equal(0, summary.Totals.Errors);
        Assert.Equal(26, summary.Outlets.Sum(o => o.Counts.New));
        var stored = await helper.Store.Articles.ListAsync(null, 1000, Ct);
        Assert.Equal(26, stored.Count);
        Assert.Equal(26, stored.Select(s => s.Article.CanonicalUrl).Distinct().Count());
    }

    [Fact]
    public async Task RunAsync_TwoWorkersWithACrawlDelay_KeepRequestsToTheHostADelayApart()
    {
        var delay = TimeSpan.FromMilliseconds(100);
        await using var runner = new CrawlHarness(Settings("00:00:00.100"));
        await using var helper = new CrawlHarness(new Dictionary<string, string?>(Settings("00:00:00.100"))
        {
            ["Storage:DatabasePath"] = ((Compare.Storage.Sqlite.SqliteCompareStore)runner.Store).DatabasePath,
        });

        var (summary, helped) = await CrawlTogetherAsync(runner, helper);

        Assert.Equal(26, summary.Totals.New);
        Assert.InRange(helped, 1, 25);
        var starts = _site.RequestStarts.Select(r => r.At).Order().ToList();
        var gaps = starts.Zip(starts.Skip(1), (a, b) => b - a).Order().ToList();
        // Every outlet is on the one test host, so all 32 requests (6 feeds, 26 pages) of both workers share one pacing. Slots
        // are a delay apart; when each request reaches the server varies with the machine's load, so the test checks the
        // pace over the whole crawl (two workers pacing apart would take half as long) and the typical gap, not every gap.
        Assert.Equal(32, starts.Count);
        Assert.True(starts[^1] - starts[0] >= 31 * delay * 0.95, $"32 requests in {(starts[^1] - starts[0]).TotalMilliseconds} ms");
        Assert.True(gaps[gaps.Count / 2] >= delay * 0.9, $"median gap {gaps[gaps.Count / 2].TotalMilliseconds} ms");
    }

    [Fact]
    public async Task RunAsync_AWorkerDiesHoldingPages_TheRunFinishesThemAfterTheirLeaseRunsOut()
    {
        const string run = "schedule default@2026-06-11T10:00:00Z";
        await using var crawler = new CrawlHarness(Settings("00:00:00"));
        var dead = new List<Compare.Storage.Work.WorkItem>();
        var crawling = crawler.Get<CrawlService>().RunAsync(null, null, run, Ct);
        // A worker that claims pages of the run as soon as they are queued and is then killed: it never completes or renews them.
        while (dead.Count == 0 && !crawling.IsCompleted)
        {
            dead.AddRange(await crawler.Store.Work.ClaimAsync(
                new Compare.Storage.Work.WorkClaim("killed-worker", Compare.Storage.Work.WorkKind.Page, 5, TimeSpan.FromMilliseconds(500), run), Ct));
        }

        var summary = await crawling;

        Assert.NotEmpty(dead);
        Assert.Equal(26, summary.Totals.New);
        Assert.Equal(26, summary.Totals.Fetched);
        Assert.Equal(0, summary.Totals.Errors);
        var pages = _site.RequestStarts.Where(r => !r.Path.EndsWith("feed.xml", StringComparison.Ordinal)).Select(r => r.Path).ToList();
        Assert.Equal(26, pages.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(26, pages.Count);
        Assert.Equal(26, (await crawler.Store.Articles.ListAsync(null, 1000, Ct)).Count);
        var counts = await crawler.Store.Work.CountAsync(run, Compare.Storage.Work.WorkKind.Page, Ct);
        Assert.Equal((26, 0, 0), (counts.Done, counts.Pending, counts.Leased));
    }
}
