using Compare.Core.Analysis.Engine;
using Compare.Core.Domain;
using Compare.Core.Stories.Changes;
using Compare.Crawling.Configuration;
using Compare.Storage;
using Compare.Storage.CrawlRuns;
using Compare.Storage.Snapshots;
using Compare.Storage.Stories;
using Compare.Storage.Work;

namespace Compare.Server.Worker;

/// <summary>
/// Compares every story whose articles changed since its latest comparison (two or more outlets; a story of one outlet is
/// kept and not compared), stores the comparison as the story's next snapshot, diffs it against the previous one, and writes
/// the story's reports. Sentences seen before are not embedded again: the embedder's cache is in the store. The stale
/// stories go through the shared work queue as story items, so the workers on one database split them, and a story is
/// compared under its own named lease: two workers never compare one story at once and snapshot versions never collide.
/// </summary>
internal sealed class ComparisonRefresher(
    ICompareStore store, ComparisonEngine engine, OutletCatalog outlets, ReportWriter reports, IComparisonFeed feed, TimeProvider time,
    ILogger<ComparisonRefresher> logger)
{
    /// <summary>How long a story item (and the story's lease) stays one worker's without a renewal.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>How often a cycle whose stories are all in other workers' hands looks again.</summary>
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    private const string Group = "stories";

    /// <summary>Who this process is to the queue and the story leases.</summary>
    public string Owner { get; } = "compare/" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/" +
        Guid.NewGuid().ToString("N")[..8];

    /// <summary>
    /// Enqueues the stale stories under <paramref name="runKey"/> (a fresh key when null) and works on them until every one of
    /// them is done, whichever worker did it; returns the number of stories the run compared.
    /// </summary>
    public async Task<int> RefreshStaleAsync(string? runKey, CancellationToken cancellationToken)
    {
        var key = runKey ?? "cycle/" + Guid.NewGuid().ToString("N");
        var stale = await store.Stories.ListStaleAsync(cancellationToken).ConfigureAwait(false);
        await store.Work.EnqueueAsync(key, WorkKind.Story, stale.Select(s => new WorkItemSpec(s.Id, Group, s.MemberSignature)).ToList(), cancellationToken)
            .ConfigureAwait(false);
        while (true)
        {
            var progressed = await WorkOnceAsync(key, cancellationToken).ConfigureAwait(false);
            var counts = await store.Work.CountAsync(key, WorkKind.Story, cancellationToken).ConfigureAwait(false);
            if (counts.Finished)
            {
                return counts.Done - counts.Failed - counts.Counts.Unchanged;
            }

            if (!progressed)
            {
                await Task.Delay(Poll, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Compares one claimable story (of the run, or any run when null); false when there was none it could take.</summary>
    public async Task<bool> WorkOnceAsync(string? runKey, CancellationToken cancellationToken)
    {
        var claimed = await store.Work.ClaimAsync(new WorkClaim(Owner, WorkKind.Story, 1, Lease, runKey), cancellationToken).ConfigureAwait(false);
        if (claimed.Count == 0)
        {
            return false;
        }

        var item = claimed[0];
        var lease = "story/" + item.Key;
        if (await store.Leases.TryAcquireAsync(lease, Owner, Lease, cancellationToken).ConfigureAwait(false) is null)
        {
            // Another run's item for this story is being compared right now; once it is done this one will find the story fresh.
            await store.Work.ReleaseAsync(item.Id, Owner, CancellationToken.None).ConfigureAwait(false);
            return false;
        }

        using var renewing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewal = RenewAsync(item.Id, lease, renewing.Token);
        var completed = false;
        try
        {
            var outcome = await CompareAsync(item, cancellationToken).ConfigureAwait(false);
            await store.Work.CompleteAsync(item.Id, Owner, outcome, CancellationToken.None).ConfigureAwait(false);
            completed = true;
        }
        finally
        {
            await renewing.CancelAsync().ConfigureAwait(false);
            await renewal.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await store.Leases.ReleaseAsync(lease, Owner, changed: completed, CancellationToken.None).ConfigureAwait(false);
            if (!completed)
            {
                await store.Work.ReleaseAsync(item.Id, Owner, CancellationToken.None).ConfigureAwait(false);
            }
        }

        return true;
    }

    private async Task<WorkOutcome> CompareAsync(WorkItem item, CancellationToken cancellationToken)
    {
        // Read again under the story's lease: another worker may have compared it (or grouping merged it) since it was enqueued.
        var story = await store.Stories.GetAsync(item.Key, cancellationToken).ConfigureAwait(false);
        if (story is null || story.MergedInto is not null || story.ComparedSignature == story.MemberSignature)
        {
            return new WorkOutcome(CrawlCounts.Zero with { Unchanged = 1 }, null);
        }

        try
        {
            await RefreshAsync(story, cancellationToken).ConfigureAwait(false);
            return WorkOutcome.Done;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var reason = $"{ex.GetType().Name}: {ex.Message}";
            WorkerLog.StoryFailed(logger, story.Id, reason);
            return new WorkOutcome(CrawlCounts.Zero with { Errors = 1 }, reason);
        }
    }

    private async Task RenewAsync(long itemId, string lease, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(Lease / 3, time, cancellationToken).ConfigureAwait(false);
            await store.Work.RenewAsync(Owner, [itemId], Lease, cancellationToken).ConfigureAwait(false);
            await store.Leases.RenewAsync(lease, Owner, Lease, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RefreshAsync(StoredStory story, CancellationToken cancellationToken)
    {
        var articles = new List<Article>();
        foreach (var id in await store.Stories.ListMembersAsync(story.Id, cancellationToken).ConfigureAwait(false))
        {
            if (await store.Articles.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } a)
            {
                articles.Add(a.Article);
            }
        }

        var known = outlets.Outlets.Select(o => o.Outlet).ToList();
        var comparison = await engine.CompareAsync(new Story(story.Id, story.Label, articles), known, null, cancellationToken).ConfigureAwait(false);
        var previous = await store.Snapshots.GetLatestAsync(story.Id, cancellationToken).ConfigureAwait(false);
        var snapshot = await store.Snapshots.AddAsync(story.Id, comparison, story.MemberSignature, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var report = await reports.WriteAsync(comparison, cancellationToken).ConfigureAwait(false);
        var counts = comparison.CountsByKind;
        WorkerLog.StoryCompared(logger, story.Id, story.Label, snapshot.Version, comparison.Outlets.Count, counts[FindingKind.Differ],
            counts[FindingKind.Omitted], report);
        ComparisonDiff? diff = null;
        if (previous is not null)
        {
            diff = ComparisonDiffer.Diff(previous.Comparison, comparison);
            await store.Snapshots.AddDiffAsync(new SnapshotDiff(story.Id, previous.Version, snapshot.Version, snapshot.CreatedAt, diff), cancellationToken)
                .ConfigureAwait(false);
            WorkerLog.StoryChanged(logger, story.Id, story.Label, previous.Version, snapshot.Version, diff.Summary);
        }

        feed.Publish(new ComparisonStored(story.Id, story.Label, previous?.Comparison, comparison, diff));
    }
}
