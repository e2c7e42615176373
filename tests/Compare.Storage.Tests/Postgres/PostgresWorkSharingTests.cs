using Compare.Storage.Postgres.Work;
using Compare.Storage.Tests.Work;
using Npgsql;

namespace Compare.Storage.Tests.Postgres;

/// <summary>The work-sharing contract on a fresh PostgreSQL database, each handle with a data source (a pool) of its own.</summary>
public sealed class PostgresWorkSharingTests : WorkSharingContract
{
    private readonly List<NpgsqlDataSource> _sources = [];
    private PostgresTestDatabase? _database;

    protected override async Task CreateDatabaseAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync(TestContext.Current.CancellationToken);
        await _database.RunScriptAsync("0002_work_sharing.sql", TestContext.Current.CancellationToken);
    }

    protected override WorkStores Open()
    {
        var source = NpgsqlDataSource.Create(_database!.ConnectionString);
        lock (_sources)
        {
            _sources.Add(source);
        }

        return new WorkStores(new PostgresWorkItemStore(source), new PostgresHostPacing(source), new PostgresNamedLeases(source));
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var source in _sources)
        {
            await source.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}
