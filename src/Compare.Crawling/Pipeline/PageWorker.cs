using System.Collections.Concurrent;
using System.Globalization;
using Compare.Crawling.Configuration;
using Compare.Crawling.Http;
using Compare.Storage;
using Compare.Storage.Work;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Compare.Crawling.Pipeline;

/// <summary>
/// Processes page items from the shared work queue: claims a batch with a lease, renews the lease while the pages are
/// fetched, and completes each page with its counts, so the run's summary adds up whichever worker did the page. On
/// cancellation the unfinished pages are given back at once.
/// </summary>
internal sealed class PageWorker(
    OutletCatalog catalog, PageProcessor processor, ICompareStore store, IOptions<CrawlerOptions> options, TimeProvider time, ILogger<PageWorker> logger)
{
    /// <summary>Claims after which a page that keeps killing its workers is given up, with an error.</summary>
    public const int MaxAttempts = 5;

    private const int MaxRunContexts = 32;
    private readonly ConcurrentDictionary<string, CrawlRunContext> _runs = new(StringComparer.Ordinal);

    /// <summary>Who this process is to the queue.</summary>
    public string Owner { get; } = string.Create(
        CultureInfo.InvariantCulture, $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}");

    /// <summary>Claims up to <paramref name="limit"/> pages (of one run, or any) and processes them; returns how many it claimed.</summary>
    public async Task<int> WorkOnceAsync(string? runKey, int limit, CancellationToken cancellationToken)
    {
        var lease = options.Value.WorkLease;
        var items = await store.Work.ClaimAsync(new WorkClaim(Owner, WorkKind.Page, limit, lease, runKey), cancellationToken).ConfigureAwait(false);
        if (items.Count == 0)
        {
            return 0;
        }

        var open = new ConcurrentDictionary<long, byte>(items.Select(i => KeyValuePair.Create(i.Id, (byte)0)));
        using var renewing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewal = RenewAsync(open, lease, renewing.Token);
        try
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, limit), CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(items, parallel, async (item, token) =>
            {
                var outcome = await ProcessAsync(item, token).ConfigureAwait(false);
                await store.Work.CompleteAsync(item.Id, Owner, outcome, CancellationToken.None).ConfigureAwait(false);
                open.TryRemove(item.Id, out _);
            }).ConfigureAwait(false);
        }
        finally
        {
            await renewing.CancelAsync().ConfigureAwait(false);
            await renewal.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            foreach (var id in open.Keys)
            {
                // Stopped before the page was done: give it back so another worker need not wait for the lease to run out.
                await store.Work.ReleaseAsync(id, Owner, CancellationToken.None).ConfigureAwait(false);
            }
        }

        return items.Count;
    }

    private async Task<WorkOutcome> ProcessAsync(WorkItem item, CancellationToken cancellationToken)
    {
        var counts = new CountsBuilder();
        var outlet = catalog.Outlets.FirstOrDefault(o => o.Id == item.Group);
        if (outlet is null)
        {
            counts.Error(item.Key, $"outlet {item.Group} is not configured in this worker");
        }
        else if (item.Attempts > MaxAttempts)
        {
            counts.Error(item.Key, $"given up after {MaxAttempts} workers stopped before finishing this page");
        }
        else if (outlet.UsesNetwork && string.IsNullOrWhiteSpace(options.Value.ContactUrl))
        {
            counts.Error(item.Key, $"not crawled: set Crawler:ContactUrl first, so the sites of {outlet.Outlet.Name} can see who runs this crawler");
        }
        else
        {
            var policy = new FetchPolicy(outlet.IsAllowedUrl, outlet.Addresses, outlet.CrawlDelay ?? options.Value.DefaultCrawlDelay);
            try
            {
                await processor.ProcessAsync(outlet, policy, PageWork.Target(item), Run(item.RunKey), counts, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                counts.Error(item.Key, $"{ex.GetType().Name}: {ex.Message}");
                CrawlingLog.UrlFailed(logger, item.Group, item.Key, ex.Message);
            }
        }

        var errors = counts.Errors;
        return new WorkOutcome(counts.Snapshot(), errors.Count > 0 ? errors[0].Message : null);
    }

    /// <summary>The canonical URLs this process handled for a run, so two aliases of one article in one batch save it once.</summary>
    private CrawlRunContext Run(string runKey)
    {
        if (_runs.Count > MaxRunContexts)
        {
            _runs.Clear();
        }

        return _runs.GetOrAdd(runKey, _ => new CrawlRunContext());
    }

    private async Task RenewAsync(ConcurrentDictionary<long, byte> open, TimeSpan lease, CancellationToken cancellationToken)
    {
        var every = lease / 3;
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(every, time, cancellationToken).ConfigureAwait(false);
            try
            {
                await store.Work.RenewAsync(Owner, open.Keys.ToList(), lease, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                CrawlingLog.LeaseRenewalFailed(logger, open.Count, ex.Message);
            }
        }
    }
}
