using System.Collections.Concurrent;

namespace Compare.Core.Analysis.Embeddings;

/// <summary>An unbounded in-process <see cref="IEmbeddingCache"/>: 384 floats per distinct sentence, about 1.6 KB each.</summary>
public sealed class InMemoryEmbeddingCache : IEmbeddingCache
{
    private readonly ConcurrentDictionary<(string Model, string Key), float[]> _vectors = new();

    /// <summary>Number of vectors held.</summary>
    public int Count => _vectors.Count;

    public ValueTask<IReadOnlyList<float[]?>> GetManyAsync(string model, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new float[]?[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            result[i] = _vectors.TryGetValue((model, keys[i]), out var v) ? v : null;
        }

        return ValueTask.FromResult<IReadOnlyList<float[]?>>(result);
    }

    public ValueTask PutManyAsync(string model, IReadOnlyList<KeyValuePair<string, float[]>> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var (key, vector) in entries)
        {
            _vectors[(model, key)] = vector;
        }

        return ValueTask.CompletedTask;
    }
}
