using Compare.Storage.Sqlite;
using Compare.Storage.Tests.Work;

namespace Compare.Storage.Tests.Sqlite;

/// <summary>The work-sharing contract on one SQLite file, each handle a store of its own (as each process would open).</summary>
public sealed class SqliteWorkSharingTests : WorkSharingContract
{
    private readonly string _folder = Directory.CreateTempSubdirectory("compare-work-").FullName;
    private readonly List<SqliteCompareStore> _opened = [];

    protected override async Task CreateDatabaseAsync() => await Store().InitializeAsync(TestContext.Current.CancellationToken);

    protected override WorkStores Open()
    {
        var store = Store();
        return new WorkStores(store.Work, store.Pacing, store.Leases);
    }

    private SqliteCompareStore Store()
    {
        var store = new SqliteCompareStore(Path.Combine(_folder, "compare.db"), TimeProvider.System);
        lock (_opened)
        {
            _opened.Add(store);
        }

        return store;
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var store in _opened)
        {
            store.Dispose();
        }

        Directory.Delete(_folder, recursive: true);
        await base.DisposeAsync();
    }
}
