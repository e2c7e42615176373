namespace Compare.Core.Analysis.Embeddings;

/// <summary>
/// Stores sentence vectors by model and text hash, so no text is embedded twice. The in-process cache is
/// <see cref="InMemoryEmbeddingCache"/>; a storage-backed cache implements the same interface.
/// </summary>
public interface IEmbeddingCache
{
    /// <summary>The cached vector of each key, or null where the cache has none; same order as <paramref name="keys"/>.</summary>
    ValueTask<IReadOnlyList<float[]?>> GetManyAsync(string model, IReadOnlyList<string> keys, CancellationToken cancellationToken);

    /// <summary>Stores vectors under their keys (a key already present is overwritten).</summary>
    ValueTask PutManyAsync(string model, IReadOnlyList<KeyValuePair<string, float[]>> entries, CancellationToken cancellationToken);
}
