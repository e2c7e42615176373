using System.Runtime.InteropServices;
using Compare.Storage.Embeddings;

namespace Compare.Storage.Sqlite;

/// <summary>Vectors stored as raw float32 bytes in machine order (little-endian on every platform .NET ships for).</summary>
internal sealed class SqliteEmbeddingCacheStore(SqliteDatabase database) : IEmbeddingCacheStore
{
    public async Task<float[]?> GetAsync(string textHash, string model, CancellationToken cancellationToken)
    {
        var found = await GetManyAsync([textHash], model, cancellationToken).ConfigureAwait(false);
        return found.TryGetValue(textHash, out var v) ? v : null;
    }

    public async Task<IReadOnlyDictionary<string, float[]>> GetManyAsync(
        IReadOnlyCollection<string> textHashes, string model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(textHashes);
        var result = new Dictionary<string, float[]>(StringComparer.Ordinal);
        if (textHashes.Count == 0)
        {
            return result;
        }

        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(connection, "SELECT vector FROM embedding_cache WHERE text_hash = $h AND model = $m;");
            var hash = command.Parameters.Add("$h", Microsoft.Data.Sqlite.SqliteType.Text);
            command.Parameters.AddWithValue("$m", model);
            foreach (var h in textHashes.Distinct(StringComparer.Ordinal))
            {
                hash.Value = h;
                if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is byte[] blob)
                {
                    result[h] = MemoryMarshal.Cast<byte, float>(blob).ToArray();
                }
            }
        }

        return result;
    }

    public async Task PutManyAsync(IReadOnlyDictionary<string, float[]> vectors, string model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = connection.BeginTransaction(deferred: false);
            await using (transaction.ConfigureAwait(false))
            {
                using var command = SqliteValues.Command(
                    connection,
                    "INSERT OR REPLACE INTO embedding_cache(text_hash, model, dimensions, vector) VALUES ($h, $m, $d, $v);",
                    transaction);
                var hash = command.Parameters.Add("$h", Microsoft.Data.Sqlite.SqliteType.Text);
                command.Parameters.AddWithValue("$m", model);
                var dims = command.Parameters.Add("$d", Microsoft.Data.Sqlite.SqliteType.Integer);
                var blob = command.Parameters.Add("$v", Microsoft.Data.Sqlite.SqliteType.Blob);
                foreach (var (h, vector) in vectors)
                {
                    hash.Value = h;
                    dims.Value = vector.Length;
                    blob.Value = MemoryMarshal.AsBytes(vector.AsSpan()).ToArray();
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
