using Compare.Core.Analysis;
using Compare.Core.Analysis.Engine;
using Compare.Core.Domain;

namespace Compare.Core.Tests.Analysis.Engine;

public sealed class ExtractionCacheTests
{
    [Fact]
    public void GetOrAdd_SameArticleTwice_ReadsItOnceAndGivesTheSameClaims()
    {
        var extractor = new Counting();
        var cache = new ExtractionCache(10);
        var article = Article("a", "The council approved the budget.");

        var first = cache.GetOrAdd(article, extractor);
        var again = cache.GetOrAdd(article with { }, extractor);

        Assert.Equal(1, extractor.Reads);
        Assert.Same(first, again);
    }

    [Fact]
    public void GetOrAdd_Full_StartsOver()
    {
        var extractor = new Counting();
        var cache = new ExtractionCache(2);

        foreach (var id in new[] { "a", "b", "c" })
        {
            cache.GetOrAdd(Article(id, "The council approved the budget."), extractor);
        }

        Assert.Equal(1, cache.Count);
        Assert.Equal(3, extractor.Reads);
    }

    [Fact]
    public void GetOrAdd_HugeArticle_IsReadButNotKept()
    {
        var extractor = new Counting();
        var cache = new ExtractionCache(10);
        var huge = Article("big", new string('x', ExtractionCache.MaxCachedLength + 1));

        cache.GetOrAdd(huge, extractor);
        cache.GetOrAdd(huge, extractor);

        Assert.Equal(0, cache.Count);
        Assert.Equal(2, extractor.Reads);
    }

    private static Article Article(string id, string text) =>
        new(id, "outlet-a", new Uri($"https://outlet-a.example/{id}"), "Budget", null, null, null, "en", text);

    private sealed class Counting : IClaimExtractor
    {
        public int Reads { get; private set; }

        public IReadOnlyList<Claim> Extract(Article article)
        {
            Reads++;
            return [];
        }
    }
}
