using Compare.Core.Analysis.Engine;
using Compare.Core.Domain;
using Compare.Core.Stories.Changes;
using Compare.Crawling.Configuration;
using Compare.Storage;
using Compare.Storage.Snapshots;
using Compare.Storage.Stories;

namespace Compare.Server.Worker;

/// <summary>
/// Compares every story whose articles changed since its latest comparison (two or more outlets; a story of one outlet is
/// kept and not compared), stores the comparison as the story's next snapshot, diffs it against the previous one, and writes
/// the story's reports. Sentences seen before are not embedded again: the embedder's cache is in the store.
/// </summary>
internal sealed class ComparisonRefresher(
    ICompareStore store, ComparisonEngine engine, OutletCatalog outlets, ReportWriter reports, IComparisonFeed feed, TimeProvider time,
    ILogger<ComparisonRefresher> logger)
{
    /// <summary>Returns the number of stories compared.</summary>
    public async Task<int> RefreshStaleAsync(CancellationToken cancellationToken)
    {
        var compared = 0;
        foreach (var story in await store.Stories.ListStaleAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                await RefreshAsync(story, cancellationToken).ConfigureAwait(false);
                compared++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                WorkerLog.StoryFailed(logger, story.Id, $"{ex.GetType().Name}: {ex.Message}");
            }
        }

        return compared;
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
