namespace Compare.Core.Analysis.Embeddings;

/// <summary>
/// An in-process <see cref="IEmbeddingCache"/> that holds at most <c>capacity</c> vectors, forgetting the oldest first,
/// for streams whose memory must not grow with their length (<c>compare pairs</c>).
/// </summary>
public sealed class BoundedEmbeddingCache(int capacity) : IEmbeddingCache
{
    private readonly Dictionary<(string Model, string Key), float[]> _vectors = [];
    private readonly Queue<(string Model, string Key)> _order = new();
    private readonly Lock _lock = new();

    /// <summary>Number of vectors held.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _vectors.Count;
            }
        }
    }

    public ValueTask<IReadOnlyList<float[]?>> GetManyAsync(string model, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new float[]?[keys.Count];
        lock (_lock)
        {
            for (var i = 0; i < keys.Count; i++)
            {
                result[i] = _vectors.TryGetValue((model, keys[i]), out var v) ? v : null;
            }
        }

        return ValueTask.FromResult<IReadOnlyList<float[]?>>(result);
    }

    public ValueTask PutManyAsync(string model, IReadOnlyList<KeyValuePair<string, float[]>> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        lock (_lock)
        {
            foreach (var (key, vector) in entries)
            {
                if (_vectors.TryAdd((model, key), vector))
                {
                    _order.Enqueue((model, key));
                }

                while (_vectors.Count > capacity && _order.TryDequeue(out var oldest))
                {
                    _vectors.Remove(oldest);
                }
            }
        }

        return ValueTask.CompletedTask;
    }
}
