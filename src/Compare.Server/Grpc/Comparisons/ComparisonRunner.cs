using Compare.Core.Analysis.Engine;
using Compare.Core.Domain;
using Compare.Crawling.Configuration;
using Compare.Server.Grpc.Errors;
using Compare.Server.Stories;
using Compare.Storage;
using Microsoft.Extensions.Options;

namespace Compare.Server.Grpc.Comparisons;

/// <summary>
/// Runs a Compare call: gathers the articles of the target (a story's members, a topic query's best matches per outlet, or
/// the inline articles) and hands them to the engine with the call's progress and cancellation. Nothing is stored: the
/// worker keeps the stories' comparisons.
/// </summary>
internal sealed class ComparisonRunner(ICompareStore store, ComparisonEngine engine, StoryService stories, OutletCatalog outlets, IOptions<GrpcOptions> options)
{
    public Task<CompareOutcome> RunAsync(CompareTarget target, IProgress<ComparisonProgress>? progress, CancellationToken cancellationToken) => target switch
    {
        CompareTarget.StoredStory s => StoryAsync(s, progress, cancellationToken),
        CompareTarget.Topic t => TopicAsync(t.Query, progress, cancellationToken),
        CompareTarget.Inline i => InlineAsync(i, progress, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, "unknown compare target"),
    };

    private async Task<CompareOutcome> StoryAsync(CompareTarget.StoredStory target, IProgress<ComparisonProgress>? progress, CancellationToken cancellationToken)
    {
        var story = await StoryLookup.GetOpenAsync(store, target.StoryId, "story_id", cancellationToken).ConfigureAwait(false);
        if (!target.Recompute && !story.IsStale && await store.Snapshots.GetLatestAsync(story.Id, cancellationToken).ConfigureAwait(false) is { } latest)
        {
            progress?.Report(new ComparisonProgress(ComparisonStage.Done, 1, 1, $"stored comparison v{latest.Version} is current"));
            return new CompareOutcome(latest.Comparison, Stored: true);
        }

        var articles = new List<Article>();
        foreach (var id in await store.Stories.ListMembersAsync(story.Id, cancellationToken).ConfigureAwait(false))
        {
            if (await store.Articles.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } a)
            {
                articles.Add(a.Article);
            }
        }

        var comparison = await engine.CompareAsync(new Story(story.Id, story.Label, articles), Known(), progress, cancellationToken).ConfigureAwait(false);
        return new CompareOutcome(comparison, Stored: true);
    }

    private async Task<CompareOutcome> TopicAsync(string query, IProgress<ComparisonProgress>? progress, CancellationToken cancellationToken)
    {
        var hits = await stories.SearchAsync(query, cancellationToken).ConfigureAwait(false);
        var articles = new List<Article>();
        foreach (var hit in hits)
        {
            if (await store.Articles.GetAsync(hit.ArticleId, cancellationToken).ConfigureAwait(false) is { } a)
            {
                articles.Add(a.Article);
            }
        }

        // Hits come best first: keep the best few of each outlet, so one prolific outlet does not crowd the others out.
        var perOutlet = options.Value.TopicArticlesPerOutlet;
        var chosen = articles.GroupBy(a => a.OutletId, StringComparer.Ordinal).SelectMany(g => g.Take(perOutlet)).ToList();
        if (chosen.Count == 0)
        {
            throw RpcErrors.NotFound($"no stored article matches the topic query '{query}'");
        }

        var story = new Story("query", query, chosen);
        var comparison = await engine.CompareAsync(story, Known(), progress, cancellationToken).ConfigureAwait(false);
        return new CompareOutcome(comparison, Stored: false);
    }

    private async Task<CompareOutcome> InlineAsync(CompareTarget.Inline target, IProgress<ComparisonProgress>? progress, CancellationToken cancellationToken)
    {
        var known = Known().Where(o => target.Outlets.All(t => t.Id != o.Id)).Concat(target.Outlets).ToList();
        var comparison = await engine.CompareAsync(target.Story, known, progress, cancellationToken).ConfigureAwait(false);
        return new CompareOutcome(comparison, Stored: false);
    }

    private List<Outlet> Known() => outlets.Outlets.Select(o => o.Outlet).ToList();
}
