using FuzzySharp;

namespace Compare.Core.Analysis.Pairs;

/// <summary>
/// FuzzySharp's partial ratio (<see cref="Fuzz.PartialRatio(string, string)"/>), the same number, computed faster. The
/// library aligns the shorter text against each window of the longer one that a matching block suggests and takes the best
/// <see cref="Levenshtein.GetRatio(string, string)"/>, an indel distance with a quadratic table per window; that was
/// two thirds of the judge's time. Here the windows come from the library's matching blocks (<see
/// cref="Levenshtein.GetMatchingBlocks(string, string)"/>, computed by <see cref="MatchingBlocks"/>), and each window's
/// ratio from the length of its longest common subsequence with the shorter text (the indel distance is the two lengths
/// less twice that), counted 64 characters to a machine word by the bit-parallel algorithm of Allison and Dix as Hyyrö
/// wrote it, against a table of the shorter text built once per pair; a window whose start was already scored is not
/// scored again (<see cref="CommonSubsequence"/>). Hand-written: FuzzySharp builds its table anew for every window.
/// </summary>
internal static class PartialRatio
{
    /// <summary>The score from 0 to 100 that <see cref="Fuzz.PartialRatio(string, string)"/> gives the two texts.</summary>
    public static int Of(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        var pattern = new CommonSubsequence(shorter);

        // Which window starts were scored: a flag per position of the longer text (a set of them cost a third of the time).
        Span<bool> scored = longer.Length < 1024 ? stackalloc bool[longer.Length + 1] : new bool[longer.Length + 1];
        var best = 0.0;
        foreach (var (source, dest, _) in MatchingBlocks.Of(shorter, longer))
        {
            var start = Math.Max(0, dest - source);
            if (scored[start])
            {
                continue;
            }

            scored[start] = true;
            var end = Math.Min(longer.Length, start + shorter.Length);
            var window = longer.AsSpan(start, Math.Max(0, end - start));
            var ratio = CommonSubsequence.Similarity(shorter.Length + window.Length, pattern.Length(window));
            if (ratio > .995)
            {
                return 100;
            }

            best = Math.Max(best, ratio);
        }

        return (int)Math.Round(100 * best);
    }
}
