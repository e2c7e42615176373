using Compare.Core.Analysis.Embeddings;
using Compare.Storage;

namespace Compare.Server.Analysis;

/// <summary>
/// The embedding cache in the store: a sentence embedded once is never embedded again, across comparisons, cycles and
/// restarts. The keys of <see cref="EmbeddingKey"/> and <see cref="ContentHash"/> are the same SHA-256 of the text.
/// </summary>
internal sealed class StoreEmbeddingCache(ICompareStore store) : IEmbeddingCache
{
    public async ValueTask<IReadOnlyList<float[]?>> GetManyAsync(string model, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = await store.Embeddings.GetManyAsync(keys.ToList(), model, cancellationToken).ConfigureAwait(false);
        return keys.Select(k => found.TryGetValue(k, out var v) ? v : null).ToList();
    }

    public async ValueTask PutManyAsync(string model, IReadOnlyList<KeyValuePair<string, float[]>> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var (key, vector) in entries)
        {
            vectors[key] = vector;
        }

        await store.Embeddings.PutManyAsync(vectors, model, cancellationToken).ConfigureAwait(false);
    }
}
