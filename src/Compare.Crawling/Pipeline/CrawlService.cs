using System.Diagnostics;
using Compare.Crawling.Configuration;
using Compare.Crawling.Http;
using Compare.Storage;
using Compare.Storage.CrawlRuns;
using Compare.Storage.Work;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Compare.Crawling.Pipeline;

/// <summary>
/// Crawls outlets once: discovers their pages and puts them on the shared work queue under the run's key, then works on
/// the run's pages until every one is done, whichever worker on the database did it (per-host politeness in the fetcher,
/// shared through the store). The summary adds discovery's counts to the queue's. One failing URL, source or outlet never
/// stops the others.
/// </summary>
public sealed class CrawlService
{
    private readonly OutletCatalog _catalog;
    private readonly SourceDiscovery _discovery;
    private readonly PageWorker _worker;
    private readonly ICompareStore _store;
    private readonly CrawlerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<CrawlService> _logger;

    internal CrawlService(
        OutletCatalog catalog,
        SourceDiscovery discovery,
        PageWorker worker,
        ICompareStore store,
        IOptions<CrawlerOptions> options,
        TimeProvider time,
        ILogger<CrawlService> logger)
    {
        _catalog = catalog;
        _discovery = discovery;
        _worker = worker;
        _store = store;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Crawls the named outlets (enabled or not), or every enabled outlet when none is named.</summary>
    public Task<CrawlSummary> RunAsync(IReadOnlyCollection<string>? outletIds, IProgress<OutletProgress>? progress, CancellationToken cancellationToken) =>
        RunAsync(outletIds, progress, null, cancellationToken);

    /// <summary>
    /// Crawls the named outlets (enabled or not), or every enabled outlet when none is named. A run started again with the same
    /// <paramref name="runKey"/> (a schedule firing recovered after its process died) adds no page twice and keeps the pages
    /// already done; null starts a run of its own.
    /// </summary>
    public async Task<CrawlSummary> RunAsync(
        IReadOnlyCollection<string>? outletIds, IProgress<OutletProgress>? progress, string? runKey, CancellationToken cancellationToken)
    {
        var outlets = _catalog.Select(outletIds);
        var key = runKey ?? "crawl/" + Guid.NewGuid().ToString("N");
        var started = Stopwatch.GetTimestamp();
        var runId = await _store.CrawlRuns.StartAsync(outlets.Select(o => o.Id).ToList(), _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var discovery = outlets.ToDictionary(o => o.Id, _ => new CountsBuilder());
        var queued = WorkRunCounts.Empty;
        try
        {
            await Task.WhenAll(outlets.Select(o => DiscoverAsync(o, key, discovery[o.Id], cancellationToken))).ConfigureAwait(false);
            queued = await _store.Work.CountAsync(key, WorkKind.Page, cancellationToken).ConfigureAwait(false);
            Report(outlets, discovery, queued, progress);
            var limit = _options.MaxParallelPages * Math.Max(1, outlets.Count);
            while (!queued.Finished)
            {
                var claimed = await _worker.WorkOnceAsync(key, limit, cancellationToken).ConfigureAwait(false);
                queued = await _store.Work.CountAsync(key, WorkKind.Page, cancellationToken).ConfigureAwait(false);
                Report(outlets, discovery, queued, progress);
                if (claimed == 0 && !queued.Finished)
                {
                    // Every page left is in another worker's hands: wait for it to finish them (or for its lease to run out).
                    await Task.Delay(_options.WorkPollInterval, _time, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            var partial = discovery.Values.Aggregate(queued.Counts, (sum, b) => sum.Add(b.Snapshot()));
            // Recorded even when the run was cancelled, so the history shows what it did.
            await _store.CrawlRuns.FinishAsync(runId, partial, _time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
        }

        var results = outlets.Select(o => Result(o, discovery[o.Id], queued.For(o.Id))).ToList();
        foreach (var r in results)
        {
            var c = r.Counts;
            CrawlingLog.OutletCrawled(_logger, r.OutletId, c.Fetched, c.NotModified, c.New, c.Revised, c.Duplicates, c.SkippedByRobots, c.Errors);
        }

        var totals = results.Aggregate(CrawlCounts.Zero, (sum, r) => sum.Add(r.Counts));
        return new CrawlSummary(runId, results, totals, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>
    /// Works on one batch of pages of any run (a worker helping with crawls another process started); returns how many pages it
    /// claimed, 0 when there was nothing to do.
    /// </summary>
    public Task<int> WorkOnceAsync(CancellationToken cancellationToken) => _worker.WorkOnceAsync(null, _options.MaxParallelPages, cancellationToken);

    private async Task DiscoverAsync(CrawlOutlet outlet, string runKey, CountsBuilder counts, CancellationToken cancellationToken)
    {
        if (outlet.UsesNetwork && string.IsNullOrWhiteSpace(_options.ContactUrl))
        {
            counts.Error(outlet.Outlet.HomeUrl.AbsoluteUri,
                $"not crawled: set Crawler:ContactUrl first, so the sites of {outlet.Outlet.Name} can see who runs this crawler and how to reach them");
            return;
        }

        var policy = new FetchPolicy(outlet.IsAllowedUrl, outlet.Addresses, outlet.CrawlDelay ?? _options.DefaultCrawlDelay);
        try
        {
            var targets = await _discovery.DiscoverAsync(outlet, policy, counts, cancellationToken).ConfigureAwait(false);
            await _store.Work.EnqueueAsync(runKey, WorkKind.Page, targets.Select(t => PageWork.Spec(outlet.Id, t)).ToList(), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            counts.Error(outlet.Outlet.HomeUrl.AbsoluteUri, $"outlet failed: {ex.GetType().Name}: {ex.Message}");
            CrawlingLog.UrlFailed(_logger, outlet.Id, outlet.Outlet.HomeUrl.AbsoluteUri, ex.Message);
        }
    }

    private static OutletCrawlResult Result(CrawlOutlet outlet, CountsBuilder discovery, WorkGroupCounts pages) => new(
        outlet.Id,
        outlet.Outlet.Name,
        discovery.Snapshot().Add(pages.Counts),
        discovery.Errors.Concat(pages.Errors.Select(e => new CrawlError(e.Key, e.Message))).Take(WorkGroupCounts.MaxListedErrors).ToList());

    private static void Report(
        IReadOnlyList<CrawlOutlet> outlets, Dictionary<string, CountsBuilder> discovery, WorkRunCounts queued, IProgress<OutletProgress>? progress)
    {
        if (progress is null)
        {
            return;
        }

        foreach (var outlet in outlets)
        {
            var pages = queued.For(outlet.Id);
            progress.Report(new OutletProgress(outlet.Id, outlet.Outlet.Name, pages.Done, pages.Total, discovery[outlet.Id].Snapshot().Add(pages.Counts)));
        }
    }
}
