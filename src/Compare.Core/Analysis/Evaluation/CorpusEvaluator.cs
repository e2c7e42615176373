using Compare.Core.Analysis.Engine;
using Compare.Core.Corpus;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Evaluation;

/// <summary>Runs the engine on every corpus topic and scores it against the gold, held-out topics apart.</summary>
public sealed class CorpusEvaluator(ComparisonEngine engine)
{
    /// <summary>
    /// Scores the engine on every topic of <paramref name="catalog"/> and on <paramref name="heldOutStories"/> (from
    /// <see cref="TrainingStories.HeldOutFolderBeside"/>), each against its gold.
    /// </summary>
    public async Task<EvaluationReport> EvaluateAsync(CorpusCatalog catalog, IReadOnlyList<CorpusTopic> heldOutStories, IProgress<string>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(heldOutStories);
        var outlets = catalog.Outlets.Select(o => o.Outlet).ToList();
        var scores = new List<TopicScore>();
        foreach (var topic in catalog.Topics)
        {
            progress?.Report(topic.Id);
            var comparison = await engine.CompareAsync(StoryOf(catalog, topic), outlets, null, cancellationToken).ConfigureAwait(false);
            scores.Add(GoldScorer.Score(topic, comparison));
        }

        var stories = new List<TopicScore>();
        foreach (var topic in heldOutStories)
        {
            progress?.Report(topic.Id);
            var story = TrainingStories.StoryOf(topic, catalog.Outlets);
            var comparison = await engine.CompareAsync(story, outlets, null, cancellationToken).ConfigureAwait(false);
            stories.Add(GoldScorer.Score(topic, comparison));
        }

        return new EvaluationReport(scores,
            TopicScore.Sum("held-out", true, scores.Where(s => s.HeldOut)),
            TopicScore.Sum("rest", false, scores.Where(s => !s.HeldOut)))
        {
            Stories = stories,
            HeldOutStories = stories.Count > 0 ? TopicScore.Sum("held-out stories", true, stories) : null,
        };
    }

    /// <summary>A corpus topic as a story: each outlet's page body, paragraphs joined by blank lines.</summary>
    public static Story StoryOf(CorpusCatalog catalog, CorpusTopic topic)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(topic);
        var articles = topic.Gold.Articles.Select(a =>
        {
            var outlet = catalog.Outlet(a.Outlet);
            var page = CorpusPage.Load(Path.Combine(topic.Folder, a.File), outlet);
            var text = string.Join("\n\n", page.BodyText.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            var url = page.Metadata.CanonicalUrl ?? new Uri(outlet.Outlet.HomeUrl, topic.Id);
            return new Article($"{topic.Id}/{a.Outlet}", a.Outlet, url, page.Metadata.Title ?? topic.Gold.Title, page.Metadata.Byline,
                page.Metadata.PublishedAt, page.Metadata.ModifiedAt, page.Metadata.Language ?? "en", text);
        }).ToList();
        return new Story(topic.Id, topic.Gold.Title, articles);
    }
}
