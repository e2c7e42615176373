using System.Diagnostics;
using System.Globalization;
using Compare.Crawling.Pipeline;
using Compare.Server.Stories;
using Compare.Storage;

namespace Compare.Server.Worker;

/// <summary>
/// One cycle of the worker: crawl, group new articles into stories, gather topic watches, compare the stories that
/// changed and write their reports, then log one summary line. Cycles never overlap in one process; each step commits
/// what it did, so a cycle cut short (Ctrl-C, a crash) loses nothing it had stored and the next cycle resumes. Pages and stale
/// stories go through the shared work queue under the request's run key, so other workers on the database help, and a
/// firing recovered on another process after this one died picks up the same items.
/// </summary>
internal sealed class WorkerCycle(
    IServiceProvider services, StoryService stories, ComparisonRefresher comparisons, ReportWriter reports, ICompareStore store,
    ILogger<WorkerCycle> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<CycleSummary> RunAsync(CycleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var started = Stopwatch.GetTimestamp();
            CrawlSummary crawl;
            // CrawlService is transient (its parts hold per-run state): one per cycle.
            var crawler = services.GetRequiredService<CrawlService>();
            crawl = await crawler.RunAsync(request.OutletIds.Count == 0 ? null : request.OutletIds, request.Progress, request.RunKey, cancellationToken)
                .ConfigureAwait(false);
            var grouping = await stories.GroupNewAsync(cancellationToken).ConfigureAwait(false);
            foreach (var merged in grouping.Merged)
            {
                reports.Remove(merged);
            }

            var watches = await stories.RefreshWatchesAsync(cancellationToken).ConfigureAwait(false);
            var compared = await comparisons.RefreshStaleAsync(request.RunKey, cancellationToken).ConfigureAwait(false);
            var open = (await store.Stories.ListAsync(cancellationToken).ConfigureAwait(false)).Count;
            var reportCount = Directory.Exists(reports.Folder) ? Directory.EnumerateFiles(reports.Folder, "*.md").Count() : 0;
            var summary = new CycleSummary(crawl, grouping, watches, compared, open, reportCount, Stopwatch.GetElapsedTime(started));
            var t = crawl.Totals;
            var (folder, seconds) = (reports.Folder, summary.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture));
            WorkerLog.CycleDone(logger, request.Trigger, t.Fetched + t.NotModified, t.New, t.Revised, t.Errors, grouping.Articles, grouping.NewStories,
                grouping.Merged.Count, open, compared, reportCount, folder, seconds);
            return summary;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
