using Compare.Core.Domain;

namespace Compare.Core.Corpus;

/// <summary>One fact of a topic and how each outlet covers it.</summary>
/// <param name="Id">Fact id within the topic (<c>f01</c>).</param>
/// <param name="Statement">Neutral statement of what the fact is about.</param>
/// <param name="Salience">3 central, 2 important detail, 1 minor detail.</param>
/// <param name="Mentions">Every outlet of the topic: its mention, or null when it omits the fact.</param>
/// <param name="Differ">True when at least two mentioning outlets disagree on it.</param>
/// <param name="Differences">One entry per kind of disagreement; empty when the outlets agree.</param>
public sealed record GoldFact(
    string Id,
    string Statement,
    int Salience,
    IReadOnlyDictionary<string, GoldMention?> Mentions,
    bool Differ,
    IReadOnlyList<GoldDifference> Differences)
{
    /// <summary>Outlets that state the fact.</summary>
    public IReadOnlyList<string> MentionedBy => Mentions.Where(m => m.Value is not null).Select(m => m.Key).ToList();

    /// <summary>Outlets that cover the story but leave this fact out.</summary>
    public IReadOnlyList<string> OmittedBy => Mentions.Where(m => m.Value is null).Select(m => m.Key).ToList();

    /// <summary>The kinds on which outlets <paramref name="a"/> and <paramref name="b"/> differ (empty when they agree).</summary>
    public IReadOnlyList<DifferenceKind> KindsBetween(string a, string b) =>
        Differences.Where(d => d.GroupOf(a) is int ga && d.GroupOf(b) is int gb && ga != gb).Select(d => d.Kind).ToList();
}
