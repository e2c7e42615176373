using Compare.Core.Analysis;
using Compare.Core.Stories;
using Compare.Core.Stories.Grouping;
using Compare.Core.Stories.Watches;
using Compare.Storage;
using Compare.Storage.Articles;
using Compare.Storage.Stories;
using Compare.Storage.Work;
using Microsoft.Extensions.Options;

namespace Compare.Server.Stories;

/// <summary>
/// Keeps stories up to date: groups new and revised articles (the grouping state lives in memory, rebuilt from the store at
/// first use, and every pass is written to the store in one transaction), and gathers the articles of topic watches with
/// the BM25 index and an embedding re-rank. One pass at a time across every process on the database: a pass holds the
/// named lease <see cref="GroupingLease"/>, and the lease's generation tells this process when another one grouped since it
/// loaded its state, which is then rebuilt from the store before it is used.
/// </summary>
internal sealed class StoryService : IDisposable
{
    private readonly ICompareStore _store;
    private readonly StoryFeatureBuilder _features;
    private readonly ITextEmbedder _embedder;
    private readonly StoryGroupingOptions _grouping;
    private readonly TopicWatchOptions _watches;
    private readonly ILogger<StoryService> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly HashSet<string> _failed = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly string _owner = "stories/" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/" +
        Guid.NewGuid().ToString("N")[..8];
    private StoryGrouper? _grouper;
    private TopicIndex? _index;

    /// <summary>The generation of <see cref="GroupingLease"/> the memory state stands for; -1 before it is loaded.</summary>
    private long _generation = -1;

    /// <summary>The named lease a grouping pass holds.</summary>
    public const string GroupingLease = "story-grouping";

    /// <summary>How long the grouping lease lasts without a renewal (renewed while a pass runs).</summary>
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(2);

    /// <summary>How often a process waiting for another's grouping pass looks again.</summary>
    private static readonly TimeSpan LeasePoll = TimeSpan.FromMilliseconds(500);

    public StoryService(
        ICompareStore store,
        IClaimExtractor extractor,
        ITextEmbedder embedder,
        TermAnalyzer analyzer,
        IOptions<StoryGroupingOptions> grouping,
        IOptions<TopicWatchOptions> watches,
        TimeProvider time,
        ILogger<StoryService> logger)
    {
        _time = time;
        _store = store;
        _features = new StoryFeatureBuilder(extractor, embedder, analyzer);
        _embedder = embedder;
        _grouping = grouping.Value;
        _watches = watches.Value;
        _logger = logger;
    }

    /// <summary>Articles per grouping pass.</summary>
    public const int Batch = 500;

    /// <summary>Groups every article the store holds that grouping has not seen, or whose text changed.</summary>
    public async Task<GroupingSummary> GroupNewAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var grant = await AcquireGroupingAsync(cancellationToken).ConfigureAwait(false);
            using var renewing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var renewal = RenewGroupingAsync(renewing.Token);
            var changed = true;
            try
            {
                if (grant.Generation != _generation)
                {
                    // Another process grouped since this one loaded (or it never loaded): what is in memory is stale.
                    Reset();
                }

                var summary = await GroupLockedAsync(cancellationToken).ConfigureAwait(false);
                changed = summary.Articles > 0;
                return summary;
            }
            finally
            {
                await renewing.CancelAsync().ConfigureAwait(false);
                await renewal.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                // A failed pass may have stored some batches: the generation moves on so every process reloads.
                var generation = await _store.Leases.ReleaseAsync(GroupingLease, _owner, changed, CancellationToken.None).ConfigureAwait(false);
                _generation = _grouper is null ? -1 : generation;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<GroupingSummary> GroupLockedAsync(CancellationToken cancellationToken)
    {
        var (grouper, index) = await LoadAsync(cancellationToken).ConfigureAwait(false);
        int articles = 0, created = 0;
        var merged = new List<string>();
        var changed = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            while (true)
            {
                var ids = (await _store.Stories.ListUngroupedAsync(Batch + _failed.Count, cancellationToken).ConfigureAwait(false))
                    .Where(id => !_failed.Contains(id)).Take(Batch).ToList();
                if (ids.Count == 0)
                {
                    break;
                }

                var result = await GroupBatchAsync(grouper, index, ids, cancellationToken).ConfigureAwait(false);
                articles += result.Assignments.Count;
                created += result.NewStories.Count;
                merged.AddRange(result.Merges.Select(m => m.From));
                changed.ExceptWith(result.Merges.Select(m => m.From));
                changed.UnionWith(result.ChangedStories);
            }
        }
        catch
        {
            // The store did not take the pass: the memory state may be ahead of it, so it is rebuilt on the next pass.
            Reset();
            throw;
        }

        return new GroupingSummary(articles, created, merged, changed.ToList());
    }

    private async Task<LeaseGrant> AcquireGroupingAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (await _store.Leases.TryAcquireAsync(GroupingLease, _owner, LeaseDuration, cancellationToken).ConfigureAwait(false) is { } grant)
            {
                return grant;
            }

            // Another process is grouping; its pass may well take this process's new articles too.
            await Task.Delay(LeasePoll, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RenewGroupingAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(LeaseDuration / 3, _time, cancellationToken).ConfigureAwait(false);
            await _store.Leases.RenewAsync(GroupingLease, _owner, LeaseDuration, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Gathers every topic watch's articles afresh (its story is compared when they changed).</summary>
    public async Task<int> RefreshWatchesAsync(CancellationToken cancellationToken)
    {
        var watches = await _store.Watches.ListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var watch in watches)
        {
            var hits = await SearchAsync(watch.Query, cancellationToken).ConfigureAwait(false);
            await _store.Stories.SetWatchMembersAsync(watch.Id, watch.Name, hits.Select(h => new WatchMember(h.ArticleId, h.Score)).ToList(),
                cancellationToken).ConfigureAwait(false);
            StoriesLog.WatchRefreshed(_logger, watch.Id, watch.Query, hits.Count);
        }

        return watches.Count;
    }

    /// <summary>The grouped articles matching a topic query, best first.</summary>
    public async Task<IReadOnlyList<TopicHit>> SearchAsync(string query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var vector = (await _embedder.EmbedAsync([query], cancellationToken).ConfigureAwait(false))[0];
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var generation = await _store.Leases.GetGenerationAsync(GroupingLease, cancellationToken).ConfigureAwait(false);
            if (generation != _generation)
            {
                Reset();
            }

            var (grouper, index) = await LoadAsync(cancellationToken).ConfigureAwait(false);
            _generation = generation;
            return new TopicMatcher(index, _watches).Match(query, vector, id => grouper.Find(id)?.Vector);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _index?.Dispose();
        _gate.Dispose();
    }

    private async Task<GroupingResult> GroupBatchAsync(StoryGrouper grouper, TopicIndex index, List<string> ids, CancellationToken cancellationToken)
    {
        var stored = new List<StoredArticle>();
        foreach (var id in ids)
        {
            if (await _store.Articles.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } a)
            {
                stored.Add(a);
            }
        }

        var features = new List<StoryArticle>();
        try
        {
            features.AddRange(await _features.BuildAsync(stored.Select(s => (s.Article, s.Article.PublishedAt ?? s.FirstSeenAt)).ToList(), cancellationToken)
                .ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One bad article must not hold up the others: retry one by one and set aside those that fail.
            foreach (var s in stored)
            {
                try
                {
                    features.AddRange(await _features.BuildAsync([(s.Article, s.Article.PublishedAt ?? s.FirstSeenAt)], cancellationToken).ConfigureAwait(false));
                }
                catch (Exception one) when (one is not OperationCanceledException)
                {
                    _failed.Add(s.Article.Id);
                    StoriesLog.ArticleNotGrouped(_logger, s.Article.Id, one.Message);
                }
            }
        }

        var result = grouper.Assign(features, cancellationToken);
        var hashes = stored.ToDictionary(s => s.Article.Id, s => s.TextHash, StringComparer.Ordinal);
        var grouped = features.Select(f => new GroupedArticle(result.Assignments[f.ArticleId], f, hashes[f.ArticleId])).ToList();
        var labels = result.ChangedStories.Select(id => new StoryLabelUpdate(id, grouper.Label(id))).ToList();
        await _store.Stories.ApplyAsync(new GroupingUpdate(grouped, result.Merges, labels), cancellationToken).ConfigureAwait(false);
        index.Add(stored.Where(s => hashes.ContainsKey(s.Article.Id)).Select(s => (s.Article.Id, s.Article.Title, s.Article.Text)));
        foreach (var merge in result.Merges)
        {
            var label = grouper.Label(merge.Into);
            StoriesLog.StoryMerged(_logger, merge.From, merge.Into, label);
        }

        return result;
    }

    private async Task<(StoryGrouper Grouper, TopicIndex Index)> LoadAsync(CancellationToken cancellationToken)
    {
        if (_grouper is not null && _index is not null)
        {
            return (_grouper, _index);
        }

        var grouper = new StoryGrouper(_grouping, _embedder.Dimensions);
        var index = new TopicIndex();
        try
        {
            var grouped = await _store.Stories.LoadGroupedAsync(cancellationToken).ConfigureAwait(false);
            foreach (var g in grouped)
            {
                grouper.Restore(g.StoryId, g.Features);
            }

            var texts = new List<(string, string, string)>();
            foreach (var g in grouped)
            {
                if (await _store.Articles.GetAsync(g.Features.ArticleId, cancellationToken).ConfigureAwait(false) is { } a)
                {
                    texts.Add((a.Article.Id, a.Article.Title, a.Article.Text));
                }
            }

            index.Add(texts);
            var (articleCount, storyCount) = (grouper.ArticleCount, grouper.StoryIds.Count);
            StoriesLog.GroupingLoaded(_logger, articleCount, storyCount);
        }
        catch
        {
            index.Dispose();
            throw;
        }

        (_grouper, _index) = (grouper, index);
        return (grouper, index);
    }

    private void Reset()
    {
        _index?.Dispose();
        (_grouper, _index) = (null, null);
    }
}
