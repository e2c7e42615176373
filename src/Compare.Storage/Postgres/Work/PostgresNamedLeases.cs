using Compare.Storage.Work;
using Npgsql;

namespace Compare.Storage.Postgres.Work;

/// <summary>Named leases in PostgreSQL: one row per name; taking one is a single conditional upsert, so only one caller wins.</summary>
internal sealed class PostgresNamedLeases(PostgresDatabase database) : INamedLeases
{
    public async Task<LeaseGrant?> TryAcquireAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken)
    {
        // Taking over from another owner whose lease ran out moves the generation on: it may have died halfway through a change.
        await using var command = (await database.ReadyAsync(cancellationToken).ConfigureAwait(false)).CreateCommand(
            "INSERT INTO named_leases AS l (name, owner, lease_until, generation) VALUES ($1, $2, clock_timestamp() + $3, 0) " +
            "ON CONFLICT (name) DO UPDATE SET owner = $2, lease_until = clock_timestamp() + $3, " +
            "generation = l.generation + (CASE WHEN l.owner IS NOT NULL AND l.owner <> $2 THEN 1 ELSE 0 END) " +
            "WHERE l.owner IS NULL OR l.owner = $2 OR l.lease_until < clock_timestamp() RETURNING generation;");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = owner });
        command.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = duration });
        var result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return result is long generation ? new LeaseGrant(name, generation) : null;
    }

    public async Task<bool> RenewAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken)
    {
        await using var command = (await database.ReadyAsync(cancellationToken).ConfigureAwait(false)).CreateCommand(
            "UPDATE named_leases SET lease_until = clock_timestamp() + $3 WHERE name = $1 AND owner = $2;");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = owner });
        command.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = duration });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<long> ReleaseAsync(string name, string owner, bool changed, CancellationToken cancellationToken)
    {
        await using (var command = (await database.ReadyAsync(cancellationToken).ConfigureAwait(false)).CreateCommand(
            "UPDATE named_leases SET owner = NULL, lease_until = NULL, generation = generation + $3 WHERE name = $1 AND owner = $2 RETURNING generation;"))
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = owner });
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = changed ? 1 : 0 });
            if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long generation)
            {
                return generation;
            }
        }

        return await GetGenerationAsync(name, cancellationToken).ConfigureAwait(false);
    }

    public async Task<long> GetGenerationAsync(string name, CancellationToken cancellationToken)
    {
        await using var command = (await database.ReadyAsync(cancellationToken).ConfigureAwait(false)).CreateCommand("SELECT generation FROM named_leases WHERE name = $1;");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long generation ? generation : 0;
    }
}
