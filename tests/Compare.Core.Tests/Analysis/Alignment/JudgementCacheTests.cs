using Compare.Core.Analysis.Alignment;
using Compare.Core.Analysis.Pairs;

namespace Compare.Core.Tests.Analysis.Alignment;

public sealed class JudgementCacheTests
{
    [Fact]
    public void GetOrAdd_SamePairInAnotherStoryContext_IsJudgedAgain()
    {
        var cache = new JudgementCache(100);
        var calls = 0;
        PairJudgement Judge()
        {
            calls++;
            return new PairJudgement(0.5 + (calls / 10.0), PairRelation.Same, 0.8, []);
        }

        var first = cache.GetOrAdd("a", "b", [1f, 1f, 0.5f], Judge);
        var again = cache.GetOrAdd("a", "b", [1f, 1f, 0.5f], Judge);
        var elsewhere = cache.GetOrAdd("a", "b", [1f, 0.5f, 0.5f], Judge);

        Assert.Equal(2, calls);
        Assert.Same(first, again);
        Assert.NotEqual(first.PSameFact, elsewhere.PSameFact);
    }
}
