using System.IO.Hashing;
using System.Numerics;
using System.Text;
using Compare.Crawling.Extraction;

namespace Compare.Crawling.Dedup;

/// <summary>
/// 64-bit SimHash (Charikar) over word 3-shingles of lower-cased tokens, each shingle hashed with XxHash64 (stable
/// across processes). Texts that share most shingles get fingerprints a few bits apart, so a wire story republished
/// with a new headline or a trimmed last paragraph stays within <see cref="Configuration.CrawlerOptions.NearDuplicateDistance"/>.
/// </summary>
public static class SimHash
{
    private const int ShingleSize = 3;

    public static ulong Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = TokenF1.Tokens(text).ToList();
        if (tokens.Count == 0)
        {
            return 0;
        }

        Span<int> weights = stackalloc int[64];
        var count = Math.Max(1, tokens.Count - ShingleSize + 1);
        for (var i = 0; i < count; i++)
        {
            var shingle = string.Join(' ', tokens.Skip(i).Take(ShingleSize));
            var hash = XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(shingle));
            for (var bit = 0; bit < 64; bit++)
            {
                weights[bit] += ((hash >> bit) & 1) == 1 ? 1 : -1;
            }
        }

        ulong result = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (weights[bit] > 0)
            {
                result |= 1UL << bit;
            }
        }

        return result;
    }

    /// <summary>Number of differing bits.</summary>
    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);
}
