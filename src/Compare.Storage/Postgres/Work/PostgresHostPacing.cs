using Compare.Storage.Work;
using Npgsql;

namespace Compare.Storage.Postgres.Work;

/// <summary>
/// Host pacing in PostgreSQL: one upsert moves the host's next slot to <c>greatest(next_at, clock_timestamp()) + delay</c>
/// under the row lock, so concurrent reservations from any number of workers line up one delay apart, on the database's clock.
/// </summary>
internal sealed class PostgresHostPacing(PostgresDatabase database) : IHostPacing
{
    public async Task<TimeSpan> ReserveAsync(string authority, TimeSpan delay, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(authority);
        var step = delay > TimeSpan.Zero ? delay : TimeSpan.Zero;
        // The wait is computed by the database too (slot minus its own now), so the caller's clock never enters into it.
        await using var command = (await database.ReadyAsync(cancellationToken).ConfigureAwait(false)).CreateCommand(
            "INSERT INTO host_pacing AS h (authority, next_at) VALUES ($1, clock_timestamp() + $2) " +
            "ON CONFLICT (authority) DO UPDATE SET next_at = greatest(h.next_at, clock_timestamp()) + $2 " +
            "RETURNING greatest(h.next_at - $2 - clock_timestamp(), interval '0');");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = authority.ToLowerInvariant() });
        command.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = step });
        var wait = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return wait is TimeSpan t ? t : TimeSpan.Zero;
    }
}
