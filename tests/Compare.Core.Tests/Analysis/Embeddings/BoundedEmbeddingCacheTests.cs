using Compare.Core.Analysis.Embeddings;

namespace Compare.Core.Tests.Analysis.Embeddings;

public sealed class BoundedEmbeddingCacheTests
{
    [Fact]
    public async Task PutManyAsync_BeyondCapacity_ForgetsTheOldest()
    {
        var cache = new BoundedEmbeddingCache(2);
        var ct = TestContext.Current.CancellationToken;

        await cache.PutManyAsync("m", [new("a", [1f]), new("b", [2f]), new("c", [3f])], ct);
        var got = await cache.GetManyAsync("m", ["a", "b", "c"], ct);

        Assert.Equal(2, cache.Count);
        Assert.Null(got[0]);
        Assert.Equal([2f], Assert.IsType<float[]>(got[1]));
        Assert.Equal([3f], Assert.IsType<float[]>(got[2]));
    }

    [Fact]
    public async Task GetManyAsync_OtherModel_Misses()
    {
        var cache = new BoundedEmbeddingCache(4);
        var ct = TestContext.Current.CancellationToken;
        await cache.PutManyAsync("m1", [new("a", [1f])], ct);

        Assert.Null((await cache.GetManyAsync("m2", ["a"], ct))[0]);
    }
}
