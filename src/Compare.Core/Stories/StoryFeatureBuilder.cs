using Compare.Core.Analysis;
using Compare.Core.Domain;

namespace Compare.Core.Stories;

/// <summary>
/// Builds the <see cref="StoryArticle"/> of an article: an embedding of its title and lead, its words and names (the title
/// counted three times, so a headline word weighs like a repeated body word), and the actors and days its claims name.
/// </summary>
public sealed class StoryFeatureBuilder(IClaimExtractor extractor, ITextEmbedder embedder, TermAnalyzer analyzer)
{
    /// <summary>Most terms kept per article: enough for names and topic words, few enough to keep stories small in memory.</summary>
    public const int MaxTerms = 48;

    public async Task<IReadOnlyList<StoryArticle>> BuildAsync(
        IReadOnlyList<(Article Article, DateTimeOffset Time)> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var vectors = await embedder.EmbedAsync(articles.Select(a => StoryText.TitleAndLead(a.Article)).ToList(), cancellationToken)
            .ConfigureAwait(false);
        var result = new List<StoryArticle>(articles.Count);
        for (var i = 0; i < articles.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            result.Add(Build(articles[i].Article, articles[i].Time, vectors[i]));
        }

        return result;
    }

    /// <summary>The features of one article whose title-and-lead vector is already known.</summary>
    public StoryArticle Build(Article article, DateTimeOffset time, float[] vector)
    {
        ArgumentNullException.ThrowIfNull(article);
        var title = article.Title.Trim();
        var text = $"{title}.\n{title}.\n{title}.\n{StoryText.Lead(article.Text, StoryText.BodyCharacters)}";
        var inTitle = analyzer.Analyze(title).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var terms = analyzer.Analyze(text).Take(MaxTerms).Select(t => inTitle.Contains(t.Key) ? t with { InTitle = true } : t).ToList();
        var claims = extractor.Extract(article);
        var entities = claims.SelectMany(c => c.Slots.Entities).Select(e => e.Canonical)
            .Where(e => !string.IsNullOrWhiteSpace(e)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var dates = claims.SelectMany(c => c.Slots.Dates).Where(d => d.Granularity == DateGranularity.Day).Select(d => d.From)
            .Distinct().Order().ToList();
        return new StoryArticle(article.Id, article.OutletId, time, vector, terms, entities, dates);
    }
}
