using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using Compare.Crawling.Configuration;
using Compare.Crawling.Pipeline;
using Compare.Server.Grpc.Errors;
using Compare.Server.Worker;
using Compare.Storage;
using Proto = Compare.Protos.V1;

namespace Compare.Server.Grpc.Crawls;

/// <summary>
/// TriggerCrawl and GetCrawlRun. A triggered run is one worker cycle (crawl, group, compare, report) over the named
/// outlets, started in the background: the call returns its id at once. It waits while another cycle runs (QUEUED), and
/// stops when the host stops (CANCELLED). The last <see cref="Kept"/> runs are remembered; older ones are in the store by number.
/// </summary>
internal sealed class CrawlRuns(
    WorkerCycle cycle, OutletCatalog catalog, ICompareStore store, IHostApplicationLifetime lifetime, TimeProvider time, ILogger<CrawlRuns> logger)
    : ICrawlRuns
{
    public const int Kept = 500;
    private const int StoreLookback = 1000;

    private readonly ConcurrentDictionary<string, TrackedRun> _runs = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    /// <summary>The running task of the last run started, for tests that wait for it.</summary>
    internal Task Last { get; private set; } = Task.CompletedTask;

    public Task<Proto.CrawlRun> TriggerAsync(IReadOnlyList<string> outletIds, CancellationToken cancellationToken) =>
        Task.FromResult(Trigger(outletIds));

    public Proto.CrawlRun Trigger(IReadOnlyList<string> outletIds)
    {
        var ids = CrawlRunRequest.Outlets(catalog, outletIds);
        var run = new TrackedRun("run-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)), ids, time.GetUtcNow());
        Remember(run);
        Last = Task.Run(() => RunAsync(run, ids), CancellationToken.None);
        return run.ToProto();
    }

    public async Task<Proto.CrawlRun> GetAsync(string id, CancellationToken cancellationToken)
    {
        Fields.Id(id, "id");
        if (_runs.TryGetValue(id, out var run))
        {
            return run.ToProto();
        }

        return await FindStoredAsync(store, id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A run of the store by number (a scheduled one); NotFound otherwise.</summary>
    internal static async Task<Proto.CrawlRun> FindStoredAsync(ICompareStore store, string id, CancellationToken cancellationToken)
    {
        if (long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            var stored = (await store.CrawlRuns.ListRecentAsync(StoreLookback, cancellationToken).ConfigureAwait(false)).FirstOrDefault(r => r.Id == number);
            if (stored is not null)
            {
                return CrawlRunMapping.ToProto(stored);
            }
        }

        throw RpcErrors.NotFound($"id: no crawl run '{Fields.Shorten(id)}' (ids come from TriggerCrawl)");
    }

    private async Task RunAsync(TrackedRun run, IReadOnlyList<string> outletIds)
    {
        var progress = new RunProgress(run, time);
        try
        {
            var summary = await cycle.RunAsync(new CycleRequest("api " + run.Id, outletIds, progress), lifetime.ApplicationStopping).ConfigureAwait(false);
            run.Finish(Proto.CrawlRunStatus.Succeeded, summary.Crawl.Totals, string.Empty, time.GetUtcNow());
        }
        catch (OperationCanceledException)
        {
            run.Finish(Proto.CrawlRunStatus.Cancelled, null, "the server is shutting down", time.GetUtcNow());
        }
        catch (Exception ex)
        {
            GrpcLog.RunFailed(logger, run.Id, ex.Message);
            run.Finish(Proto.CrawlRunStatus.Failed, null, ex.Message, time.GetUtcNow());
        }
    }

    private void Remember(TrackedRun run)
    {
        _runs[run.Id] = run;
        _order.Enqueue(run.Id);
        while (_runs.Count > Kept && _order.TryPeek(out var oldest) && _runs.TryGetValue(oldest, out var old) && old.IsFinished)
        {
            _order.TryDequeue(out _);
            _runs.TryRemove(oldest, out _);
        }
    }

    private sealed class RunProgress(TrackedRun run, TimeProvider time) : IProgress<OutletProgress>
    {
        public void Report(OutletProgress value) => run.Progress(value.OutletId, value.Counts, time.GetUtcNow());
    }
}
