using System.Numerics;

namespace Compare.Core.Analysis.Pairs;

/// <summary>
/// A text as bit masks, for the length of its longest common subsequence with other texts: for each character, the
/// positions where it stands, 64 to a machine word, counted by the bit-parallel algorithm of Allison and Dix as Hyyrö
/// wrote it. FuzzySharp's ratios are indel distances (the two lengths less twice that length), which the library computes
/// with a quadratic table; <see cref="PartialRatio"/> and <see cref="TokenRatios"/> give its numbers from this instead.
/// Hand-written: no package on the mirror counts a common subsequence bit-parallel.
/// </summary>
internal sealed class CommonSubsequence
{
    private readonly int _length;
    private readonly int _words;
    private readonly ulong[]?[] _ascii = new ulong[]?[128];
    private readonly Dictionary<char, ulong[]>? _other;
    private readonly ulong[] _row;

    public CommonSubsequence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _length = text.Length;
        _words = (text.Length + 63) / 64;
        _row = new ulong[_words];
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            ulong[]? mask;
            if (ch < 128)
            {
                mask = _ascii[ch] ??= new ulong[_words];
            }
            else
            {
                _other ??= [];
                if (!_other.TryGetValue(ch, out mask))
                {
                    mask = new ulong[_words];
                    _other[ch] = mask;
                }
            }

            mask[i / 64] |= 1UL << (i % 64);
        }
    }

    /// <summary>
    /// FuzzySharp's ratio of two texts from 0 to 100 (<c>Fuzz.Ratio</c>): <c>round(100 · (l₁ + l₂ − d) / (l₁ + l₂))</c> with d
    /// the indel distance; as the library has it, 0 when either text is empty, even both.
    /// </summary>
    public static int Ratio(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return (int)Math.Round(100 * Similarity(a.Length + b.Length, new CommonSubsequence(shorter).Length(longer)));
    }

    /// <summary>
    /// FuzzySharp's similarity from 0 to 1 (<c>Levenshtein.GetRatio</c>) of two texts whose lengths sum to
    /// <paramref name="lengthSum"/> and whose longest common subsequence is <paramref name="common"/> long: the indel
    /// distance d is the sum less twice the common part, and the similarity (l₁ + l₂ − d) / (l₁ + l₂), 1 when d is 0.
    /// </summary>
    public static double Similarity(int lengthSum, int common)
    {
        var distance = lengthSum - (2 * common);
        return distance == 0 ? 1 : (lengthSum - distance) / (double)lengthSum;
    }

    /// <summary>The length of the longest common subsequence of this text and <paramref name="text"/>.</summary>
    public int Length(ReadOnlySpan<char> text)
    {
        var row = _row;
        Array.Fill(row, ulong.MaxValue);
        foreach (var ch in text)
        {
            var mask = ch < 128 ? _ascii[ch] : _other?.GetValueOrDefault(ch);
            if (mask is null)
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

        // Each zero among the text's bits is one character of the common subsequence.
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
