using Compare.Storage.Robots;

namespace Compare.Storage.Sqlite;

internal sealed class SqliteRobotsCacheStore(SqliteDatabase database) : IRobotsCacheStore
{
    public async Task<RobotsCacheEntry?> GetAsync(string authority, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(
                connection, "SELECT authority, status_code, body, fetched_at, expires_at FROM robots_cache WHERE authority = $a;");
            command.Parameters.AddWithValue("$a", authority);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                    ? new RobotsCacheEntry(
                        reader.GetString(0), reader.GetInt32(1), reader.GetString(2), SqliteValues.ReadTime(reader, 3), SqliteValues.ReadTime(reader, 4))
                    : null;
            }
        }
    }

    public async Task SaveAsync(RobotsCacheEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(
                connection,
                "INSERT OR REPLACE INTO robots_cache(authority, status_code, body, fetched_at, expires_at) VALUES ($a, $s, $b, $f, $e);");
            command.Parameters.AddWithValue("$a", entry.Authority);
            command.Parameters.AddWithValue("$s", entry.StatusCode);
            command.Parameters.AddWithValue("$b", entry.Body);
            command.Parameters.AddWithValue("$f", SqliteValues.Time(entry.FetchedAt));
            command.Parameters.AddWithValue("$e", SqliteValues.Time(entry.ExpiresAt));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
