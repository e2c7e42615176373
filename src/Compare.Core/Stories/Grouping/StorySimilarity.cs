using System.Numerics.Tensors;

namespace Compare.Core.Stories.Grouping;

/// <summary>
/// How alike an article and a story (or two stories) are: a weighted mix of embedding similarity, TF-IDF similarity of
/// words and names, and shared actors, plus a bonus for a shared day. Headlines of one event often share few words, so
/// the embedding of title and lead carries most weight; rare shared names (places, people) carry the rest.
/// </summary>
internal sealed class StorySimilarity(StoryGroupingOptions options, TermStatistics statistics)
{
    /// <summary>Members a new article is compared with one by one, besides the centroid: the most recent ones.</summary>
    private const int RecentMembers = 16;

    public (double Score, double Embedding) Score(StoryArticle article, StoryState story)
    {
        var centroid = Dot(article.Vector, story.Centroid);
        var best = story.Members.Skip(Math.Max(0, story.Members.Count - RecentMembers))
            .Max(m => (double)TensorPrimitives.Dot(article.Vector, m.Vector));
        var embedding = (centroid + best) / 2;
        var terms = TermWeights.Cosine(article.Terms, story, statistics);
        var entities = EntityOverlap(article.Entities, story.Entities.Keys.ToList());
        var sharedDay = article.Dates.Any(d => story.Dates.Contains(d) || story.Dates.Contains(d.AddDays(1)) || story.Dates.Contains(d.AddDays(-1)));
        return (Combine(embedding, terms, entities, sharedDay), embedding);
    }

    public (double Score, double Embedding) Score(StoryState a, StoryState b)
    {
        var embedding = Dot(a.Centroid, b.Centroid);
        var terms = TermWeights.Cosine(a, b, statistics);
        var ab = EntityOverlap(a.Entities.Keys.ToList(), b.Entities.Keys.ToList());
        var ba = EntityOverlap(b.Entities.Keys.ToList(), a.Entities.Keys.ToList());
        double? entities = ab is null || ba is null ? null : Math.Max(ab.Value, ba.Value);
        var sharedDay = a.Dates.Overlaps(b.Dates);
        return (Combine(embedding, terms, entities, sharedDay), embedding);
    }

    private double Combine(double embedding, double terms, double? entities, bool sharedDay)
    {
        var we = options.EmbeddingWeight;
        var wt = options.TermWeight;
        var wa = entities is null ? 0 : options.EntityWeight;
        var total = we + wt + wa;
        var score = total <= 0 ? 0 : ((we * embedding) + (wt * terms) + (wa * (entities ?? 0))) / total;
        return score + (sharedDay ? options.SharedDateBonus : 0);
    }

    /// <summary>IDF-weighted share of <paramref name="mine"/> that <paramref name="theirs"/> also names; null when either names none.</summary>
    private double? EntityOverlap(IReadOnlyCollection<string> mine, List<string> theirs)
    {
        if (mine.Count == 0 || theirs.Count == 0)
        {
            return null;
        }

        var set = new HashSet<string>(theirs, StringComparer.OrdinalIgnoreCase);
        double shared = 0, all = 0;
        foreach (var e in mine)
        {
            var idf = statistics.Idf(EntityKey(e));
            all += idf;
            shared += set.Contains(e) ? idf : 0;
        }

        return all == 0 ? 0 : shared / all;
    }

    /// <summary>The term-statistics key of an actor: actors count as documents' terms under a prefix of their own.</summary>
    public static string EntityKey(string canonical) => "@" + canonical.ToLowerInvariant();

    private static double Dot(float[] a, double[] b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length && i < b.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length && i < b.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
