namespace Compare.Core.Stories.Grouping;

/// <summary>
/// One story while grouping: its members, the sum of their vectors (the centroid's direction), the summed log-frequency
/// profile of their terms, and their actors and days. Scores read these sums, so an article meets a story in time that
/// does not grow with the story's size.
/// </summary>
internal sealed class StoryState
{
    private readonly List<StoryArticle> _members = [];
    private double[]? _centroid;
    private (double Norm, int Documents)? _profileNorm;

    public StoryState(string id, int dimensions)
    {
        Id = id;
        VectorSum = new double[dimensions];
    }

    public string Id { get; }

    public IReadOnlyList<StoryArticle> Members => _members;

    public double[] VectorSum { get; }

    /// <summary>Sum over members of each term's weight in the member (1 + log count, over the member's norm).</summary>
    public Dictionary<string, double> TermProfile { get; } = new(StringComparer.Ordinal);

    /// <summary>Number of members naming each actor.</summary>
    public Dictionary<string, int> Entities { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<DateOnly> Dates { get; } = [];

    public DateTimeOffset First { get; private set; } = DateTimeOffset.MaxValue;

    public DateTimeOffset Last { get; private set; } = DateTimeOffset.MinValue;

    /// <summary>Unit centroid of the member vectors.</summary>
    public double[] Centroid => _centroid ??= Normalize(VectorSum);

    public void Add(StoryArticle article)
    {
        _members.Add(article);
        for (var i = 0; i < VectorSum.Length && i < article.Vector.Length; i++)
        {
            VectorSum[i] += article.Vector[i];
        }

        _centroid = null;
        _profileNorm = null;
        foreach (var (key, weight) in TermWeights.LogFrequency(article.Terms))
        {
            TermProfile[key] = TermProfile.GetValueOrDefault(key) + weight;
        }

        foreach (var e in article.Entities)
        {
            Entities[e] = Entities.GetValueOrDefault(e) + 1;
        }

        Dates.UnionWith(article.Dates);
        First = article.Time < First ? article.Time : First;
        Last = article.Time > Last ? article.Time : Last;
    }

    /// <summary>
    /// Length of the IDF-weighted term profile, kept until the story changes or the article count moves by more than 5%
    /// (IDF weights drift slowly), so scoring a big story stays cheap.
    /// </summary>
    public double ProfileNorm(TermStatistics statistics)
    {
        if (_profileNorm is { } cached && Math.Abs(cached.Documents - statistics.Documents) <= statistics.Documents / 20)
        {
            return cached.Norm;
        }

        var norm = Math.Sqrt(TermProfile.Sum(kv => Math.Pow(kv.Value * statistics.Idf(kv.Key), 2)));
        _profileNorm = (norm, statistics.Documents);
        return norm;
    }

    /// <summary>True when <paramref name="time"/> lies within <paramref name="window"/> of the story's span.</summary>
    public bool IsNear(DateTimeOffset time, TimeSpan window) => time >= First - window && time <= Last + window;

    private static double[] Normalize(double[] v)
    {
        var norm = Math.Sqrt(v.Sum(x => x * x));
        return norm == 0 ? v.ToArray() : v.Select(x => x / norm).ToArray();
    }
}
