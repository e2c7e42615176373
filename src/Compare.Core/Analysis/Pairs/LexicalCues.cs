using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Compare.Core.Analysis.Pairs;

/// <summary>
/// Word lists the pair judge reads directly from the text, as a second opinion next to the claim slots: negation and
/// hedge cues, and antonym pairs (one statement "approved", the other "rejected"). Lists written for Compare.
/// </summary>
internal static partial class LexicalCues
{
    private static readonly FrozenSet<string> Negations = FrozenSet.ToFrozenSet(
    [
        "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "denied", "denies", "deny", "denying",
        "didn't", "don't", "doesn't", "isn't", "wasn't", "weren't", "aren't", "won't", "hasn't", "haven't", "hadn't", "cannot",
        "can't", "couldn't", "shouldn't", "wouldn't", "refused",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Hedges = FrozenSet.ToFrozenSet(
    [
        "may", "might", "could", "possibly", "likely", "unlikely", "probably", "allegedly", "alleged", "purportedly", "purported",
        "purporting", "reportedly", "apparently", "suspected", "believed", "appears", "appear", "seems", "seem", "perhaps",
        "suggests", "suggest", "unconfirmed", "unverified", "claimed", "claims",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> AttributionCues = FrozenSet.ToFrozenSet(
    [
        "said", "says", "according", "citing", "cited", "told", "reported", "stated", "announced", "estimates", "estimated",
        "report", "statement", "spokesman", "spokeswoman", "spokesperson", "officials",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> StopWords = FrozenSet.ToFrozenSet(
    [
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "but", "by", "with", "from", "as", "is", "are", "was",
        "were", "be", "been", "has", "have", "had", "it", "its", "that", "this", "which", "who", "their", "they", "he", "she",
        "his", "her", "said", "says", "will", "would", "than", "into", "about", "after", "before", "over", "also", "more",
    ], StringComparer.Ordinal);

    private static readonly (string A, string B)[] AntonymPairs =
    [
        ("approved", "rejected"), ("approve", "reject"), ("passed", "failed"), ("rose", "fell"), ("raised", "cut"),
        ("raise", "cut"), ("increase", "decrease"), ("increased", "decreased"), ("higher", "lower"), ("up", "down"),
        ("win", "lose"), ("won", "lost"), ("guilty", "acquitted"), ("upheld", "overturned"), ("upheld", "struck"),
        ("confirmed", "denied"), ("confirm", "deny"), ("allowed", "banned"), ("allow", "ban"), ("accepted", "refused"),
        ("open", "closed"), ("opened", "closed"), ("reopened", "closed"), ("lifted", "imposed"), ("support", "oppose"),
        ("supported", "opposed"), ("backed", "opposed"), ("gain", "loss"), ("gained", "lost"), ("expanded", "shrank"),
        ("above", "below"), ("before", "after"), ("survived", "died"), ("legal", "illegal"), ("safe", "unsafe"),
        ("increasing", "decreasing"), ("rising", "falling"), ("hike", "cut"), ("resumed", "halted"), ("started", "stopped"),
        ("accept", "reject"), ("accepted", "rejected"), ("accepts", "rejects"), ("approves", "rejects"), ("convicted", "acquitted"),
        ("guilty", "innocent"), ("within", "above"), ("within", "beyond"), ("wins", "loses"), ("raises", "cuts"),
    ];

    private static readonly FrozenDictionary<string, string[]> Antonyms = AntonymPairs
        .SelectMany(p => new[] { (p.A, p.B), (p.B, p.A) })
        .GroupBy(p => p.Item1, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Item2).ToArray(), StringComparer.Ordinal);

    /// <summary>A word without its possessive ending: "Valdoria's" and "Valdoria’s" give "Valdoria".</summary>
    public static string WithoutPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;

    /// <summary>Lower-case word tokens (letters, digits, apostrophes, dots and commas inside numbers).</summary>
    public static IReadOnlyList<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value.Replace('’', '\'')).ToList();

    public static bool HasNegation(IReadOnlyList<string> words) =>
        words.Any(w => Negations.Contains(w) || w.EndsWith("n't", StringComparison.Ordinal));

    public static bool HasHedge(IReadOnlyList<string> words) => words.Any(Hedges.Contains);

    public static bool HasAttributionCue(IReadOnlyList<string> words) => words.Any(AttributionCues.Contains);

    /// <summary>Content words: not stop words, not pure numbers.</summary>
    public static HashSet<string> ContentWords(IReadOnlyList<string> words) =>
        words.Where(w => !StopWords.Contains(w) && !char.IsDigit(w[0])).ToHashSet(StringComparer.Ordinal);

    /// <summary>The Snowball stems of <paramref name="words"/> (lower-case).</summary>
    public static HashSet<string> Stems(IEnumerable<string> words) => words.Select(NegationScope.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>Number tokens ("154", "1.5", "2024").</summary>
    public static HashSet<string> Numbers(IReadOnlyList<string> words) =>
        words.Where(w => char.IsDigit(w[0])).Select(w => w.Replace(",", string.Empty, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);

    /// <summary>A word of <paramref name="a"/> whose antonym is in <paramref name="b"/> while the word itself is not, or null.</summary>
    public static (string WordA, string WordB)? AntonymBetween(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var setA = a.ToHashSet(StringComparer.Ordinal);
        var setB = b.ToHashSet(StringComparer.Ordinal);
        foreach (var w in setA)
        {
            if (!setB.Contains(w) && Antonyms.TryGetValue(w, out var opposites))
            {
                foreach (var o in opposites)
                {
                    if (setB.Contains(o) && !setA.Contains(o))
                    {
                        return (w, o);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Punctuation that ends a clause: "The decision was not unanimous: two of the three judges voted to overturn" negates
    /// "unanimous", not "judges"; a comma only with a space after it, so not the one inside "600,000".
    /// </summary>
    [GeneratedRegex(@"[:;—–()]|,\s")]
    public static partial Regex ClauseBreaks();

    /// <summary>The clause that runs up to <paramref name="end"/> in <paramref name="text"/>: back to the last <see cref="ClauseBreaks"/>.</summary>
    public static string ClauseBefore(string text, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var before = text[..end];
        var breaks = ClauseBreaks().Matches(before);
        return breaks.Count == 0 ? before : before[(breaks[^1].Index + breaks[^1].Length)..];
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[’'.,][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();
}
