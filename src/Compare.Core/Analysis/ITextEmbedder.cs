namespace Compare.Core.Analysis;

/// <summary>Sentence embeddings: unit-length vectors whose dot product is the cosine similarity of two texts.</summary>
public interface ITextEmbedder
{
    /// <summary>Dimensions of every vector.</summary>
    int Dimensions { get; }

    /// <summary>Name of the model, for method notes.</summary>
    string ModelName { get; }

    /// <summary>One vector per text, in order.</summary>
    Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken);
}
