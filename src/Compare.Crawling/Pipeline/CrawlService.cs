using System.Diagnostics;
using Compare.Crawling.Configuration;
using Compare.Crawling.Http;
using Compare.Storage;
using Compare.Storage.CrawlRuns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Compare.Crawling.Pipeline;

/// <summary>
/// Crawls outlets once: discovers their pages, processes them in parallel (per-host politeness in the fetcher), and
/// records the run. One failing URL, source or outlet never stops the others.
/// </summary>
public sealed class CrawlService
{
    private readonly OutletCatalog _catalog;
    private readonly SourceDiscovery _discovery;
    private readonly PageProcessor _processor;
    private readonly ICompareStore _store;
    private readonly CrawlerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<CrawlService> _logger;

    internal CrawlService(
        OutletCatalog catalog,
        SourceDiscovery discovery,
        PageProcessor processor,
        ICompareStore store,
        IOptions<CrawlerOptions> options,
        TimeProvider time,
        ILogger<CrawlService> logger)
    {
        _catalog = catalog;
        _discovery = discovery;
        _processor = processor;
        _store = store;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Crawls the named outlets (enabled or not), or every enabled outlet when none is named.</summary>
    public async Task<CrawlSummary> RunAsync(IReadOnlyCollection<string>? outletIds, IProgress<OutletProgress>? progress, CancellationToken cancellationToken)
    {
        var outlets = _catalog.Select(outletIds);
        var started = Stopwatch.GetTimestamp();
        var runId = await _store.CrawlRuns.StartAsync(outlets.Select(o => o.Id).ToList(), _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var run = new CrawlRunContext();
        var builders = outlets.ToDictionary(o => o.Id, _ => new CountsBuilder());
        try
        {
            await Task.WhenAll(outlets.Select(o => CrawlOutletAsync(o, run, builders[o.Id], progress, cancellationToken))).ConfigureAwait(false);
        }
        finally
        {
            var partial = builders.Values.Aggregate(CrawlCounts.Zero, (sum, b) => sum.Add(b.Snapshot()));
            // Recorded even when the run was cancelled, so the history shows what it did.
            await _store.CrawlRuns.FinishAsync(runId, partial, _time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
        }

        var results = outlets.Select(o => new OutletCrawlResult(o.Id, o.Outlet.Name, builders[o.Id].Snapshot(), builders[o.Id].Errors)).ToList();
        var totals = results.Aggregate(CrawlCounts.Zero, (sum, r) => sum.Add(r.Counts));
        return new CrawlSummary(runId, results, totals, Stopwatch.GetElapsedTime(started));
    }

    private async Task CrawlOutletAsync(
        CrawlOutlet outlet, CrawlRunContext run, CountsBuilder counts, IProgress<OutletProgress>? progress, CancellationToken cancellationToken)
    {
        if (outlet.UsesNetwork && string.IsNullOrWhiteSpace(_options.ContactUrl))
        {
            counts.Error(outlet.Outlet.HomeUrl.AbsoluteUri,
                $"not crawled: set Crawler:ContactUrl first, so the sites of {outlet.Outlet.Name} can see who runs this crawler and how to reach them");
            progress?.Report(new OutletProgress(outlet.Id, outlet.Outlet.Name, 0, 0, counts.Snapshot()));
            return;
        }

        var policy = new FetchPolicy(outlet.IsAllowedUrl, outlet.Addresses, outlet.CrawlDelay ?? _options.DefaultCrawlDelay);
        try
        {
            var targets = await _discovery.DiscoverAsync(outlet, policy, counts, cancellationToken).ConfigureAwait(false);
            var done = 0;
            progress?.Report(new OutletProgress(outlet.Id, outlet.Outlet.Name, 0, targets.Count, counts.Snapshot()));
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelPages, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(targets, parallel, async (target, token) =>
            {
                try
                {
                    await _processor.ProcessAsync(outlet, policy, target, run, counts, token).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    counts.Error(target.Key, $"{ex.GetType().Name}: {ex.Message}");
                    CrawlingLog.UrlFailed(_logger, outlet.Id, target.Key, ex.Message);
                }

                progress?.Report(new OutletProgress(outlet.Id, outlet.Outlet.Name, Interlocked.Increment(ref done), targets.Count, counts.Snapshot()));
            }).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            counts.Error(outlet.Outlet.HomeUrl.AbsoluteUri, $"outlet failed: {ex.GetType().Name}: {ex.Message}");
            CrawlingLog.UrlFailed(_logger, outlet.Id, outlet.Outlet.HomeUrl.AbsoluteUri, ex.Message);
        }

        var c = counts.Snapshot();
        CrawlingLog.OutletCrawled(_logger, outlet.Id, c.Fetched, c.NotModified, c.New, c.Revised, c.Duplicates, c.SkippedByRobots, c.Errors);
    }
}
