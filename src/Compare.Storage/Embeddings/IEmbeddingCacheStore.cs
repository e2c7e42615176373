namespace Compare.Storage.Embeddings;

/// <summary>
/// Embedding vectors keyed by the <see cref="ContentHash"/> of the embedded text and the model's name, so a sentence
/// is embedded once per model however many articles repeat it.
/// </summary>
public interface IEmbeddingCacheStore
{
    Task<float[]?> GetAsync(string textHash, string model, CancellationToken cancellationToken);

    /// <summary>The cached vectors among <paramref name="textHashes"/>; hashes with no vector are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, float[]>> GetManyAsync(
        IReadOnlyCollection<string> textHashes, string model, CancellationToken cancellationToken);

    /// <summary>Stores vectors (replacing any for the same hash and model) in one transaction.</summary>
    Task PutManyAsync(IReadOnlyDictionary<string, float[]> vectors, string model, CancellationToken cancellationToken);
}
