using System.Numerics.Tensors;

namespace Compare.Core.Stories.Watches;

/// <summary>
/// Gathers the articles of a topic query: BM25 retrieves candidates from the <see cref="TopicIndex"/>, then the embedding
/// of the query re-ranks them against each article's title-and-lead embedding, so an article that only mentions a query
/// word in passing is left out and one that says the same in other words ranks up.
/// </summary>
public sealed class TopicMatcher(TopicIndex index, TopicWatchOptions options)
{
    /// <param name="query">The user's query ("Hamas Iran funding").</param>
    /// <param name="queryVector">Unit embedding of the query.</param>
    /// <param name="vectorOf">The title-and-lead embedding of an article, or null when it is unknown (the hit is skipped).</param>
    public IReadOnlyList<TopicHit> Match(string query, float[] queryVector, Func<string, float[]?> vectorOf)
    {
        ArgumentNullException.ThrowIfNull(queryVector);
        ArgumentNullException.ThrowIfNull(vectorOf);
        var hits = index.Search(query, options.Retrieve);
        if (hits.Count == 0)
        {
            return [];
        }

        var best = hits[0].Bm25;
        return hits
            .Select(h => (Hit: h, Vector: vectorOf(h.ArticleId)))
            .Where(x => x.Vector is not null)
            .Select(x =>
            {
                var relative = best <= 0 ? 0 : x.Hit.Bm25 / best;
                var cosine = TensorPrimitives.Dot(queryVector, x.Vector!);
                var score = (options.CosineWeight * cosine) + ((1 - options.CosineWeight) * relative);
                return (Relative: relative, Hit: x.Hit with { Cosine = cosine, Score = score });
            })
            .Where(x => x.Hit.Cosine >= options.MinCosine && x.Relative >= options.MinRelativeBm25)
            .OrderByDescending(x => x.Hit.Score).ThenBy(x => x.Hit.ArticleId, StringComparer.Ordinal)
            .Take(options.MaxArticles)
            .Select(x => x.Hit)
            .ToList();
    }
}
