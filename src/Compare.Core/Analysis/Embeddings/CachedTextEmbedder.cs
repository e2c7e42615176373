namespace Compare.Core.Analysis.Embeddings;

/// <summary>
/// An <see cref="ITextEmbedder"/> that asks its cache first and embeds only the texts it has never seen (each distinct
/// text once, even when a batch repeats it), then stores the new vectors.
/// </summary>
public sealed class CachedTextEmbedder(ITextEmbedder inner, IEmbeddingCache cache) : ITextEmbedder
{
    public int Dimensions => inner.Dimensions;

    public string ModelName => inner.ModelName;

    public async Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var keys = texts.Select(EmbeddingKey.Of).ToList();
        var cached = await cache.GetManyAsync(ModelName, keys, cancellationToken).ConfigureAwait(false);
        var result = new float[texts.Count][];
        var missing = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var missingTexts = new List<string>();
        var missingKeys = new List<string>();
        for (var i = 0; i < texts.Count; i++)
        {
            if (cached[i] is { } hit)
            {
                result[i] = hit;
            }
            else if (missing.TryGetValue(keys[i], out var slots))
            {
                slots.Add(i);
            }
            else
            {
                missing[keys[i]] = [i];
                missingTexts.Add(texts[i]);
                missingKeys.Add(keys[i]);
            }
        }

        if (missingTexts.Count == 0)
        {
            return result;
        }

        var fresh = await inner.EmbedAsync(missingTexts, cancellationToken).ConfigureAwait(false);
        var entries = new List<KeyValuePair<string, float[]>>(missingTexts.Count);
        for (var j = 0; j < missingKeys.Count; j++)
        {
            foreach (var slot in missing[missingKeys[j]])
            {
                result[slot] = fresh[j];
            }

            entries.Add(new(missingKeys[j], fresh[j]));
        }

        await cache.PutManyAsync(ModelName, entries, cancellationToken).ConfigureAwait(false);
        return result;
    }
}
