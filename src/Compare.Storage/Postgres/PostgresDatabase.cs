using Microsoft.Extensions.Logging;
using Npgsql;

namespace Compare.Storage.Postgres;

/// <summary>
/// Hands out connections of one <see cref="NpgsqlDataSource"/> (its pool), with the schema migrated before the first one,
/// and runs units of work in READ COMMITTED transactions, retried when PostgreSQL aborts one to break a deadlock.
/// </summary>
internal sealed class PostgresDatabase : IDisposable, IAsyncDisposable
{
    /// <summary>Attempts of a transaction PostgreSQL aborted as a deadlock victim or serialization failure.</summary>
    private const int Attempts = 3;

    private readonly bool _ownsDataSource;
    private readonly SemaphoreSlim _migrateLock = new(1, 1);
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private volatile bool _migrated;

    public PostgresDatabase(NpgsqlDataSource dataSource, bool ownsDataSource, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        DataSource = dataSource;
        _ownsDataSource = ownsDataSource;
        _time = time;
        _logger = logger;
        Name = Describe(dataSource.ConnectionString);
    }

    public NpgsqlDataSource DataSource { get; }

    /// <summary>Host, port, database and schema, for messages (never the password).</summary>
    public string Name { get; }

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_migrated)
        {
            await MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        return await DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The data source, once the schema is migrated (on first use, like <see cref="OpenAsync"/>).</summary>
    public async Task<NpgsqlDataSource> ReadyAsync(CancellationToken cancellationToken)
    {
        if (!_migrated)
        {
            await MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        return DataSource;
    }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await _migrateLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_migrated)
            {
                return;
            }

            await new PostgresMigrator(DataSource, Name, _time, _logger).ApplyAsync(PostgresMigrations.All, cancellationToken)
                .ConfigureAwait(false);
            _migrated = true;
        }
        finally
        {
            _migrateLock.Release();
        }
    }

    public async Task<int> ExecuteAsync(string sql, Action<NpgsqlParameterCollection> bind, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await PostgresValues.ExecuteAsync(connection, null, sql, bind, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<List<T>> QueryAsync<T>(
        string sql, Action<NpgsqlParameterCollection> bind, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await PostgresValues.QueryAsync(connection, null, sql, bind, read, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction and commits it. The work must be restartable: when PostgreSQL aborts
    /// the transaction to break a deadlock (40P01) or a serialization conflict (40001), it runs again in a new one.
    /// </summary>
    public async Task<T> InTransactionAsync<T>(
        Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        for (var attempt = 1; ; attempt++)
        {
            var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    try
                    {
                        var result = await work(connection, transaction).ConfigureAwait(false);
                        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                        return result;
                    }
                    catch (PostgresException e) when (attempt < Attempts && e.SqlState is PostgresErrorCodes.DeadlockDetected
                        or PostgresErrorCodes.SerializationFailure)
                    {
                        // Rolled back on dispose; the next attempt starts from scratch.
                    }
                }
            }
        }
    }

    public async Task InTransactionAsync(Func<NpgsqlConnection, NpgsqlTransaction, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await InTransactionAsync<bool>(async (c, t) =>
        {
            await work(c, t).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_ownsDataSource)
        {
            await DataSource.DisposeAsync().ConfigureAwait(false);
        }

        _migrateLock.Dispose();
    }

    public void Dispose()
    {
        if (_ownsDataSource)
        {
            DataSource.Dispose();
        }

        _migrateLock.Dispose();
    }

    private static string Describe(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        var name = $"{b.Host}:{b.Port}/{b.Database ?? b.Username}";
        return string.IsNullOrEmpty(b.SearchPath) ? name : $"{name} (schema {b.SearchPath})";
    }
}
