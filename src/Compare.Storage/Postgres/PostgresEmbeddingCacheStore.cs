using Compare.Storage.Embeddings;
using Npgsql;

namespace Compare.Storage.Postgres;

/// <summary>Vectors as <c>real[]</c>: float4 travels in binary, so each comes back bit for bit.</summary>
internal sealed class PostgresEmbeddingCacheStore(PostgresDatabase database) : IEmbeddingCacheStore
{
    private const int BatchSize = 256;

    public async Task<float[]?> GetAsync(string textHash, string model, CancellationToken cancellationToken)
    {
        var found = await GetManyAsync([textHash], model, cancellationToken).ConfigureAwait(false);
        return found.TryGetValue(textHash, out var v) ? v : null;
    }

    public async Task<IReadOnlyDictionary<string, float[]>> GetManyAsync(
        IReadOnlyCollection<string> textHashes, string model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(textHashes);
        if (textHashes.Count == 0)
        {
            return new Dictionary<string, float[]>(StringComparer.Ordinal);
        }

        var rows = await database.QueryAsync(
            "SELECT text_hash, vector FROM embedding_cache WHERE model = @m AND text_hash = ANY(@h);",
            p =>
            {
                p.AddText("m", model);
                p.AddTextArray("h", textHashes.Distinct(StringComparer.Ordinal));
            },
            r => (Hash: r.GetString(0), Vector: PostgresValues.ReadRealArray(r, 1)),
            cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Hash, r => r.Vector, StringComparer.Ordinal);
    }

    public async Task PutManyAsync(IReadOnlyDictionary<string, float[]> vectors, string model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        if (vectors.Count == 0)
        {
            return;
        }

        // Rows in key order, so two processes writing overlapping sets lock them in the same order (no deadlock); a few hundred
        // to a batch, one round trip each.
        var ordered = vectors.OrderBy(v => v.Key, StringComparer.Ordinal).ToList();
        await database.InTransactionAsync(async (connection, transaction) =>
        {
            foreach (var chunk in ordered.Chunk(BatchSize))
            {
                var batch = new NpgsqlBatch(connection, transaction);
                await using (batch.ConfigureAwait(false))
                {
                    foreach (var (hash, vector) in chunk)
                    {
                        var command = new NpgsqlBatchCommand(
                            "INSERT INTO embedding_cache(text_hash, model, dimensions, vector) VALUES (@h, @m, @d, @v) " +
                            "ON CONFLICT (text_hash, model) DO UPDATE SET dimensions = EXCLUDED.dimensions, vector = EXCLUDED.vector");
                        command.Parameters.AddText("h", hash);
                        command.Parameters.AddText("m", model);
                        command.Parameters.AddInt("d", vector.Length);
                        command.Parameters.AddRealArray("v", vector);
                        batch.BatchCommands.Add(command);
                    }

                    await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }, cancellationToken).ConfigureAwait(false);
    }
}
