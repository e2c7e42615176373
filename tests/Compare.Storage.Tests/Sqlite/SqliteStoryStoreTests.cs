using Compare.Storage.Sqlite;
using Compare.Storage.Tests.Stories;

namespace Compare.Storage.Tests.Sqlite;

/// <summary>The story, snapshot, schedule and watch contract on a real SQLite file in a temporary folder.</summary>
public sealed class SqliteStoryStoreTests : StoryStoreContract
{
    private readonly string _folder = Directory.CreateTempSubdirectory("compare-stories-").FullName;
    private readonly List<SqliteCompareStore> _opened = [];

    protected override Task<ICompareStore> CreateStoreAsync() => Task.FromResult<ICompareStore>(Open());

    protected override Task<ICompareStore> ReopenStoreAsync() => Task.FromResult<ICompareStore>(Open());

    private SqliteCompareStore Open()
    {
        var store = new SqliteCompareStore(Path.Combine(_folder, "compare.db"), Time);
        _opened.Add(store);
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
