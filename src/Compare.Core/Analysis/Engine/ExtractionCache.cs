using System.Collections.Concurrent;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Engine;

/// <summary>
/// The claims already read from each article by this engine, keyed by the whole article (its text, its date and every
/// other field the extractor may read), so a story compared again, or compared again with one more article, reads no
/// article twice. Handing out the same claims also lets the slot checks remember what they found
/// (<see cref="Pairs.SlotComparer.Compare"/>). Holds at most <c>capacity</c> articles and starts over when full; an
/// article that cannot be read is not kept, so its error is told again, nor is one longer than
/// <see cref="MaxCachedLength"/> characters, so one huge page does not stay in memory.
/// </summary>
internal sealed class ExtractionCache(int capacity)
{
    /// <summary>Characters of text beyond which an article's claims are not kept (a long feature runs to about 60,000).</summary>
    public const int MaxCachedLength = 1_000_000;

    private readonly ConcurrentDictionary<Article, IReadOnlyList<Claim>> _claims = new();

    /// <summary>The claims of <paramref name="article"/>, read by <paramref name="extractor"/> unless this cache holds them.</summary>
    public IReadOnlyList<Claim> GetOrAdd(Article article, IClaimExtractor extractor)
    {
        if (_claims.TryGetValue(article, out var known))
        {
            return known;
        }

        var claims = extractor.Extract(article);
        if (article.Text.Length > MaxCachedLength)
        {
            return claims;
        }

        if (_claims.Count >= capacity)
        {
            _claims.Clear();
        }

        _claims[article] = claims;
        return claims;
    }

    /// <summary>How many articles the cache holds.</summary>
    public int Count => _claims.Count;
}
