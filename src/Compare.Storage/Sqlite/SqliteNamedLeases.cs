using System.Globalization;
using Compare.Storage.Work;

namespace Compare.Storage.Sqlite;

/// <summary>Named leases in SQLite: one row per name; taking one is a single conditional upsert, so only one caller wins.</summary>
internal sealed class SqliteNamedLeases(SqliteDatabase database, TimeProvider time) : INamedLeases
{
    public async Task<LeaseGrant?> TryAcquireAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // Taking over from another owner whose lease ran out moves the generation on: it may have died halfway through a change.
            using var command = SqliteValues.Command(
                connection,
                "INSERT INTO named_leases(name, owner, lease_until, generation) VALUES ($n, $o, $u, 0) " +
                "ON CONFLICT (name) DO UPDATE SET owner = $o, lease_until = $u, " +
                "generation = generation + (CASE WHEN owner IS NOT NULL AND owner <> $o THEN 1 ELSE 0 END) " +
                "WHERE owner IS NULL OR owner = $o OR lease_until < $now RETURNING generation;");
            command.Parameters.AddWithValue("$n", name);
            command.Parameters.AddWithValue("$o", owner);
            command.Parameters.AddWithValue("$u", SqliteValues.Time(now + duration));
            command.Parameters.AddWithValue("$now", SqliteValues.Time(now));
            var result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return result is null or DBNull ? null : new LeaseGrant(name, Convert.ToInt64(result, CultureInfo.InvariantCulture));
        }
    }

    public async Task<bool> RenewAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(connection, "UPDATE named_leases SET lease_until = $u WHERE name = $n AND owner = $o;");
            command.Parameters.AddWithValue("$n", name);
            command.Parameters.AddWithValue("$o", owner);
            command.Parameters.AddWithValue("$u", SqliteValues.Time(time.GetUtcNow() + duration));
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }
    }

    public async Task<long> ReleaseAsync(string name, string owner, bool changed, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(
                connection,
                "UPDATE named_leases SET owner = NULL, lease_until = NULL, generation = generation + $c WHERE name = $n AND owner = $o " +
                "RETURNING generation;");
            command.Parameters.AddWithValue("$n", name);
            command.Parameters.AddWithValue("$o", owner);
            command.Parameters.AddWithValue("$c", changed ? 1 : 0);
            var result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            if (result is not null and not DBNull)
            {
                return Convert.ToInt64(result, CultureInfo.InvariantCulture);
            }
        }

        return await GetGenerationAsync(name, cancellationToken).ConfigureAwait(false);
    }

    public async Task<long> GetGenerationAsync(string name, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(connection, "SELECT generation FROM named_leases WHERE name = $n;");
            command.Parameters.AddWithValue("$n", name);
            var result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return result is null or DBNull ? 0 : Convert.ToInt64(result, CultureInfo.InvariantCulture);
        }
    }
}
