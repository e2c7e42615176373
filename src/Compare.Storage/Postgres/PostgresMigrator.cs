using Microsoft.Extensions.Logging;
using Npgsql;

namespace Compare.Storage.Postgres;

/// <summary>
/// Applies every embedded migration not yet recorded in <c>schema_migrations</c>, in name order, all in one transaction that
/// first takes a transaction-level advisory lock: processes starting together on an empty database queue on the lock, the
/// first one migrates, the others then find every step recorded. A failed step rolls the whole set back.
/// </summary>
internal sealed class PostgresMigrator(NpgsqlDataSource dataSource, string database, TimeProvider time, ILogger logger)
{
    /// <summary>The advisory lock key every Compare process migrates under: "Compare" in ASCII.</summary>
    public const long LockKey = 0x436F_6D70_6172_65;

    public async Task ApplyAsync(IReadOnlyList<PostgresMigration> migrations, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await PostgresValues.ExecuteAsync(
                    connection, transaction, "SELECT pg_advisory_xact_lock(@key);", p => p.AddBigint("key", LockKey), cancellationToken)
                    .ConfigureAwait(false);
                // Created only when missing (not IF NOT EXISTS, which checks the CREATE privilege first), so a role that may use
                // the tables but not create any starts fine on a migrated database.
                if (await PostgresValues.ScalarAsync(
                    connection, transaction, "SELECT to_regclass('schema_migrations') IS NULL;", _ => { }, cancellationToken)
                        .ConfigureAwait(false)
                    is true)
                {
                    await PostgresValues.ExecuteAsync(
                        connection, transaction,
                        "CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT " +
                        "NULL);",
                        _ => { }, cancellationToken).ConfigureAwait(false);
                }

                var applied = await PostgresValues.QueryAsync(
                    connection, transaction, "SELECT version FROM schema_migrations ORDER BY version;", _ => { }, r => r.GetInt32(0),
                    cancellationToken).ConfigureAwait(false);
                var unknown = applied.Except(migrations.Select(m => m.Version)).ToList();
                if (unknown.Count > 0)
                {
                    throw new InvalidOperationException(
                        $"database {database} has schema migrations {string.Join(", ", unknown)} " +
                        $"that this build of Compare does not know (it knows {string.Join(", ", migrations.Select(m => m.Version))}); " +
                        "use a newer build");
                }

                var done = new List<PostgresMigration>();
                foreach (var migration in migrations.Where(m => !applied.Contains(m.Version)))
                {
                    await PostgresValues.ExecuteAsync(connection, transaction, migration.Sql, _ => { }, cancellationToken)
                        .ConfigureAwait(false);
                    await PostgresValues.ExecuteAsync(
                        connection, transaction, "INSERT INTO schema_migrations(version, name, applied_at) VALUES (@v, @n, @t);",
                        p =>
                        {
                            p.AddInt("v", migration.Version);
                            p.AddText("n", migration.Name);
                            p.AddTime("t", time.GetUtcNow());
                        },
                        cancellationToken).ConfigureAwait(false);
                    done.Add(migration);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                foreach (var migration in done)
                {
                    StorageLog.MigrationApplied(logger, database, migration.Version, migration.Name);
                }
            }
        }
    }
}
