using System.Text.RegularExpressions;
using FuzzySharp;

namespace Compare.Core.Analysis.Pairs;

/// <summary>
/// FuzzySharp's token sort and token set ratios (<see cref="Fuzz.TokenSortRatio(string, string)"/>, <see
/// cref="Fuzz.TokenSetRatio(string, string)"/>), the same numbers, with each text split and sorted once rather than once per
/// pair, and each ratio counted by <see cref="CommonSubsequence"/>. The library splits both texts at whitespace and sorts
/// the words (in the current culture's order, as here) on every call; the judge compares one claim with many. Hand-written:
/// FuzzySharp has no way to split a text once.
/// </summary>
internal static partial class TokenRatios
{
    /// <summary>A text's words as the two ratios read them.</summary>
    public sealed class Words
    {
        public Words(string text)
        {
            ArgumentNullException.ThrowIfNull(text);

            // As the library does: the empty pieces of a text that opens or ends with a space are no words.
            var split = Whitespace().Split(text).Where(s => s.Length > 0).ToList();
            Sorted = string.Join(" ", split.OrderBy(s => s)).Trim();
            Set = new HashSet<string>(split);
            Distinct = [.. Set.OrderBy(s => s)];
        }

        /// <summary>The words sorted and joined by single spaces.</summary>
        public string Sorted { get; }

        /// <summary>The different words, in sorted order (for equal-sorting words, first met first).</summary>
        public IReadOnlyList<string> Distinct { get; }

        public HashSet<string> Set { get; }
    }

    /// <summary>The score from 0 to 100 that <see cref="Fuzz.TokenSortRatio(string, string)"/> gives the two texts.</summary>
    public static int Sort(Words a, Words b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return CommonSubsequence.Ratio(a.Sorted, b.Sorted);
    }

    /// <summary>
    /// The score from 0 to 100 that <see cref="Fuzz.TokenSetRatio(string, string)"/> gives the two texts: the best ratio
    /// among the shared words, the shared words then the first text's others, and the shared words then the second's others.
    /// </summary>
    public static int Set(Words a, Words b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);

        // A subsequence of a stably sorted list is in the order sorting the subset gives, so filtering the sorted words is
        // the library's Intersect and Except followed by its sort.
        var shared = string.Join(" ", a.Distinct.Where(b.Set.Contains)).Trim();
        var firstRest = (shared + " " + string.Join(" ", a.Distinct.Where(w => !b.Set.Contains(w)))).Trim();
        var secondRest = (shared + " " + string.Join(" ", b.Distinct.Where(w => !a.Set.Contains(w)))).Trim();
        return Math.Max(
            Math.Max(CommonSubsequence.Ratio(shared, firstRest), CommonSubsequence.Ratio(shared, secondRest)),
            CommonSubsequence.Ratio(firstRest, secondRest));
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
