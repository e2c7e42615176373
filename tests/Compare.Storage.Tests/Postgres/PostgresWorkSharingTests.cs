using Compare.Storage.Postgres;
using Compare.Storage.Tests.Work;

namespace Compare.Storage.Tests.Postgres;

/// <summary>
/// The work-sharing contract on a fresh PostgreSQL database, each handle a <see cref="PostgresCompareStore"/> with a data source
/// (a pool) of its own, as each process of a deployment has.
/// </summary>
public sealed class PostgresWorkSharingTests : WorkSharingContract
{
    private readonly List<PostgresCompareStore> _stores = [];
    private PostgresTestDatabase? _database;

    protected override async Task CreateDatabaseAsync() =>
        _database = await PostgresTestDatabase.CreateAsync(TestContext.Current.CancellationToken);

    protected override WorkStores Open()
    {
        var store = new PostgresCompareStore(_database!.ConnectionString, TimeProvider.System);
        lock (_stores)
        {
            _stores.Add(store);
        }

        return new WorkStores(store.Work, store.Pacing, store.Leases);
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}
