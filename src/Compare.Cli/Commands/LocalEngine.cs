using Compare.Core.Analysis;
using Compare.Core.Analysis.Embeddings;
using Compare.Core.Analysis.Engine;
using Compare.Core.Analysis.Pairs;

namespace Compare.Cli.Commands;

/// <summary>
/// The analysis engine as the offline commands run it: the MiniLM embedder behind an in-process cache and the shipped
/// pair model. Disposing it releases the embedding model.
/// </summary>
internal sealed class LocalEngine : IDisposable
{
    public LocalEngine(IClaimExtractor extractor, TimeProvider time)
    {
        Embedder = new MiniLmEmbedder();
        Engine = new ComparisonEngine(extractor, new CachedTextEmbedder(Embedder, new InMemoryEmbeddingCache()), PairJudge.Default, time);
    }

    /// <summary>The raw embedder, uncached (the benchmark measures it on its own).</summary>
    public MiniLmEmbedder Embedder { get; }

    public ComparisonEngine Engine { get; }

    public void Dispose() => Embedder.Dispose();
}
