using Compare.Core.Analysis;
using Compare.Core.Analysis.Embeddings;

namespace Compare.Core.Tests.Analysis.Embeddings;

public sealed class CachedTextEmbedderTests(EmbedderFixture fixture)
{
    [Fact]
    public async Task EmbedAsync_RepeatedTexts_EmbedsEachDistinctTextOnce()
    {
        var counting = new CountingEmbedder(fixture.Embedder);
        var cached = new CachedTextEmbedder(counting, new InMemoryEmbeddingCache());

        var first = await cached.EmbedAsync(["alpha beta", "gamma", "alpha beta"], TestContext.Current.CancellationToken);
        var second = await cached.EmbedAsync(["gamma", "delta", "alpha beta"], TestContext.Current.CancellationToken);

        Assert.Equal(["alpha beta", "gamma", "delta"], counting.Embedded);
        Assert.Same(first[0], first[2]);
        Assert.Same(first[1], second[0]);
        Assert.Same(first[0], second[2]);
    }

    [Fact]
    public async Task EmbedAsync_CachedVector_EqualsFreshVector()
    {
        var cached = new CachedTextEmbedder(fixture.Embedder, new InMemoryEmbeddingCache());
        var text = "The port handled 1.2 million containers last year.";

        await cached.EmbedAsync([text], TestContext.Current.CancellationToken);
        var again = await cached.EmbedAsync([text], TestContext.Current.CancellationToken);
        var fresh = await fixture.Embedder.EmbedAsync([text], TestContext.Current.CancellationToken);

        Assert.Equal(fresh[0], again[0]);
    }

    private sealed class CountingEmbedder(ITextEmbedder inner) : ITextEmbedder
    {
        public List<string> Embedded { get; } = [];

        public int Dimensions => inner.Dimensions;

        public string ModelName => inner.ModelName;

        public Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
        {
            Embedded.AddRange(texts);
            return inner.EmbedAsync(texts, cancellationToken);
        }
    }
}
