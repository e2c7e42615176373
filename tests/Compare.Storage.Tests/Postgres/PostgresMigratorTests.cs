using Compare.Storage.Postgres;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Compare.Storage.Tests.Postgres;

/// <summary>Migrations on a fresh, empty database of its own (not a schema), as a first deployment meets it.</summary>
public sealed class PostgresMigratorTests : IAsyncLifetime
{
    private readonly string _database = PostgresTestServer.UniqueName("compare_test_");
    private bool _created;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await PostgresTestServer.ExecuteAsync($"CREATE DATABASE {_database};", Ct);
        _created = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_created)
        {
            await PostgresTestServer.ExecuteAsync($"DROP DATABASE IF EXISTS {_database} WITH (FORCE);", CancellationToken.None);
        }
    }

    [Fact]
    public async Task InitializeAsync_SeveralProcessesAtOnceOnAnEmptyDatabase_AllSucceedAndEachMigrationIsRecordedOnce()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 11, 9, 0, 0, TimeSpan.Zero));
        var connectionString = PostgresTestServer.With(database: _database);
        var stores = Enumerable.Range(0, 8).Select(_ => new PostgresCompareStore(connectionString, time)).ToList();
        try
        {
            // Every process has its connection open first; then all start migrating at the same moment.
            await Task.WhenAll(stores.Select(async s => await (await s.DataSource.OpenConnectionAsync(Ct)).DisposeAsync()));
            var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var migrations = stores.Select(s => Task.Run(async () =>
            {
                await go.Task;
                await s.InitializeAsync(Ct);
            }, Ct)).ToList();
            go.SetResult();
            await Task.WhenAll(migrations);

            await using var source = NpgsqlDataSource.Create(connectionString);
            await using var command = source.CreateCommand(
                "SELECT version, name, count(*) OVER (PARTITION BY version) FROM schema_migrations ORDER BY version;");
            await using var reader = await command.ExecuteReaderAsync(Ct);
            var rows = new List<(int Version, string Name, long Count)>();
            while (await reader.ReadAsync(Ct))
            {
                rows.Add((reader.GetInt32(0), reader.GetString(1), reader.GetInt64(2)));
            }

            Assert.Equal(PostgresMigrations.All.Select(m => (m.Version, m.Name, 1L)), rows);
            Assert.Equal(0, await stores[^1].Articles.CountAsync(null, Ct));
        }
        finally
        {
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }
        }
    }
}
