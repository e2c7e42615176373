using System.Numerics;
using FuzzySharp;

namespace Compare.Core.Analysis.Pairs;

/// <summary>
/// FuzzySharp's partial ratio (<see cref="Fuzz.PartialRatio(string, string)"/>), the same number, computed faster. The
/// library aligns the shorter text against each window of the longer one that a matching block suggests and takes the best
/// <see cref="Levenshtein.GetRatio(string, string)"/>, an indel distance with a quadratic table per window; that was
/// two thirds of the judge's time. Here the windows come from the library (<see cref="Levenshtein.GetMatchingBlocks(string,
/// string)"/>), and each window's ratio from the length of its longest common subsequence with the shorter text (the
/// indel distance is the two lengths less twice that), counted 64 characters to a machine word by the bit-parallel
/// algorithm of Allison and Dix as Hyyrö wrote it, against a table of the shorter text built once per pair; a window
/// whose start was already scored is not scored again. Hand-written: no package on the mirror counts a common
/// subsequence bit-parallel, and FuzzySharp builds its table anew for every window.
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
        var pattern = new Pattern(shorter);
        var scored = new HashSet<int>();
        var best = 0.0;
        foreach (var block in Levenshtein.GetMatchingBlocks(shorter, longer))
        {
            var start = Math.Max(0, block.DestPos - block.SourcePos);
            if (!scored.Add(start))
            {
                continue;
            }

            var end = Math.Min(longer.Length, start + shorter.Length);
            var window = longer.AsSpan(start, Math.Max(0, end - start));
            var lengthSum = shorter.Length + window.Length;
            var distance = lengthSum - (2 * pattern.CommonSubsequence(window));
            var ratio = distance == 0 ? 1 : (lengthSum - distance) / (double)lengthSum;
            if (ratio > .995)
            {
                return 100;
            }

            best = Math.Max(best, ratio);
        }

        return (int)Math.Round(100 * best);
    }

    /// <summary>The shorter text as bit masks: for each character, the positions where it stands, 64 to a word.</summary>
    private sealed class Pattern
    {
        private readonly int _length;
        private readonly int _words;
        private readonly Dictionary<char, ulong[]> _masks = [];
        private readonly ulong[] _row;

        public Pattern(string text)
        {
            _length = text.Length;
            _words = (text.Length + 63) / 64;
            _row = new ulong[_words];
            for (var i = 0; i < text.Length; i++)
            {
                if (!_masks.TryGetValue(text[i], out var mask))
                {
                    mask = new ulong[_words];
                    _masks[text[i]] = mask;
                }

                mask[i / 64] |= 1UL << (i % 64);
            }
        }

        /// <summary>The length of the longest common subsequence of the pattern and <paramref name="text"/>.</summary>
        public int CommonSubsequence(ReadOnlySpan<char> text)
        {
            var row = _row;
            Array.Fill(row, ulong.MaxValue);
            foreach (var ch in text)
            {
                if (!_masks.TryGetValue(ch, out var mask))
                {
                    continue;
                }

                // V' = (V + (V & M)) | (V & ~M), the addition carried from word to word.
                var carry = 0UL;
                for (var w = 0; w < _words; w++)
                {
                    var v = row[w];
                    var u = v & mask[w];
                    var sum = v + u;
                    var overflow = sum < v ? 1UL : 0UL;
                    var withCarry = sum + carry;
                    overflow |= withCarry < sum ? 1UL : 0UL;
                    row[w] = withCarry | (v & ~mask[w]);
                    carry = overflow;
                }
            }

            // Each zero among the pattern's bits is one character of the common subsequence.
            var ones = 0;
            for (var w = 0; w < _words; w++)
            {
                var bits = Math.Min(64, _length - (w * 64));
                var valid = bits == 64 ? ulong.MaxValue : (1UL << bits) - 1;
                ones += BitOperations.PopCount(row[w] & valid);
            }

            return _length - ones;
        }
    }
}
