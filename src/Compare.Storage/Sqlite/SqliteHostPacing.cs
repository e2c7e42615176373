using Compare.Storage.Work;

namespace Compare.Storage.Sqlite;

/// <summary>
/// Host pacing in SQLite: the read and the move of a host's next slot happen in one IMMEDIATE transaction, so reservations
/// from several connections (and processes on one file) line up one delay apart.
/// </summary>
internal sealed class SqliteHostPacing(SqliteDatabase database, TimeProvider time) : IHostPacing
{
    public async Task<TimeSpan> ReserveAsync(string authority, TimeSpan delay, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(authority);
        var key = authority.ToLowerInvariant();
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = connection.BeginTransaction(deferred: false);
            await using (transaction.ConfigureAwait(false))
            {
                // The clock is read once the write lock is held, so slots are handed out in the order of the clock.
                var now = time.GetUtcNow();
                DateTimeOffset? next = null;
                using (var read = SqliteValues.Command(connection, "SELECT next_at FROM host_pacing WHERE authority = $a;", transaction))
                {
                    read.Parameters.AddWithValue("$a", key);
                    var r = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    await using (r.ConfigureAwait(false))
                    {
                        if (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
                        {
                            next = SqliteValues.ReadTime(r, 0);
                        }
                    }
                }

                var slot = next is { } n && n > now ? n : now;
                using (var write = SqliteValues.Command(
                    connection, "INSERT INTO host_pacing(authority, next_at) VALUES ($a, $n) ON CONFLICT (authority) DO UPDATE SET next_at = $n;", transaction))
                {
                    write.Parameters.AddWithValue("$a", key);
                    write.Parameters.AddWithValue("$n", SqliteValues.Time(slot + (delay > TimeSpan.Zero ? delay : TimeSpan.Zero)));
                    await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return slot - now;
            }
        }
    }
}
