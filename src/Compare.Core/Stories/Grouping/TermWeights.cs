namespace Compare.Core.Stories.Grouping;

/// <summary>Term weights: log-scaled frequency within an article, inverse document frequency across articles.</summary>
internal static class TermWeights
{
    /// <summary>1 + ln(count) for each term, scaled so the article's weights have unit length.</summary>
    public static IEnumerable<(string Key, double Weight)> LogFrequency(IReadOnlyList<ArticleTerm> terms)
    {
        var raw = terms.Select(t => (t.Key, Weight: 1 + Math.Log(Math.Max(1, t.Count)))).ToList();
        var norm = Math.Sqrt(raw.Sum(t => t.Weight * t.Weight));
        return norm == 0 ? raw : raw.Select(t => (t.Key, t.Weight / norm));
    }

    /// <summary>Cosine of the TF-IDF vectors of an article and of a term profile (a story's summed log frequencies).</summary>
    public static double Cosine(IReadOnlyList<ArticleTerm> terms, StoryState story, TermStatistics statistics)
    {
        double dot = 0, a2 = 0;
        foreach (var (key, weight) in LogFrequency(terms))
        {
            var idf = statistics.Idf(key);
            var w = weight * idf;
            a2 += w * w;
            if (story.TermProfile.TryGetValue(key, out var p))
            {
                dot += w * p * idf;
            }
        }

        var b = story.ProfileNorm(statistics);
        return a2 == 0 || b == 0 ? 0 : dot / (Math.Sqrt(a2) * b);
    }

    /// <summary>Cosine of two stories' term profiles under IDF weights.</summary>
    public static double Cosine(StoryState x, StoryState y, TermStatistics statistics)
    {
        var (small, large) = x.TermProfile.Count <= y.TermProfile.Count ? (x.TermProfile, y.TermProfile) : (y.TermProfile, x.TermProfile);
        double dot = 0;
        foreach (var (key, w) in small)
        {
            if (large.TryGetValue(key, out var v))
            {
                var idf = statistics.Idf(key);
                dot += w * v * idf * idf;
            }
        }

        var norms = x.ProfileNorm(statistics) * y.ProfileNorm(statistics);
        return norms == 0 ? 0 : dot / norms;
    }
}
