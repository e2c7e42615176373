using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Compare.Storage.Sqlite;

/// <summary>
/// Applies pending migrations in order, each in its own IMMEDIATE transaction with its row in <c>schema_migrations</c>,
/// so two processes starting at once apply each step once and a failed step leaves the schema at the previous version.
/// </summary>
internal sealed class SqliteMigrator(SqliteConnection connection, string path, TimeProvider time, ILogger logger)
{
    public async Task ApplyAsync(IReadOnlyList<SqliteMigration> migrations, CancellationToken cancellationToken)
    {
        using (var create = SqliteValues.Command(
            connection,
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);"))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var migration in migrations)
        {
            // deferred: false = BEGIN IMMEDIATE: the write lock is taken before the version is read.
            var transaction = connection.BeginTransaction(deferred: false);
            await using (transaction.ConfigureAwait(false))
            {
                var current = await CurrentVersionAsync(transaction, cancellationToken).ConfigureAwait(false);
                if (current > migrations.Count)
                {
                    throw new InvalidOperationException(
                        $"database {path} has schema version {current}, newer than this build of Compare knows ({migrations.Count}); use a newer build");
                }

                if (migration.Version <= current)
                {
                    continue;
                }

                using (var step = SqliteValues.Command(connection, migration.Sql, transaction))
                {
                    await step.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                using (var record = SqliteValues.Command(
                    connection, "INSERT INTO schema_migrations(version, name, applied_at) VALUES ($v, $n, $t);", transaction))
                {
                    record.Parameters.AddWithValue("$v", migration.Version);
                    record.Parameters.AddWithValue("$n", migration.Name);
                    record.Parameters.AddWithValue("$t", SqliteValues.Time(time.GetUtcNow()));
                    await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                StorageLog.MigrationApplied(logger, path, migration.Version, migration.Name);
            }
        }
    }

    private async Task<int> CurrentVersionAsync(SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        using var query = SqliteValues.Command(connection, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations;", transaction);
        return Convert.ToInt32(await query.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }
}
