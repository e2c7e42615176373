using Compare.Core.Analysis.Embeddings;

[assembly: AssemblyFixture(typeof(Compare.Core.Tests.Analysis.Embeddings.EmbedderFixture))]

namespace Compare.Core.Tests.Analysis.Embeddings;

/// <summary>One MiniLM session for the whole test run: loading the model takes seconds and 90 MB.</summary>
public sealed class EmbedderFixture : IDisposable
{
    public MiniLmEmbedder Embedder { get; } = new();

    public void Dispose() => Embedder.Dispose();
}
