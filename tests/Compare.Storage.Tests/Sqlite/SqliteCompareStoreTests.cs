using Compare.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Compare.Storage.Tests.Sqlite;

/// <summary>The store contract on a real SQLite file in a temporary folder, plus what is SQLite's own.</summary>
public sealed class SqliteCompareStoreTests : CompareStoreContract
{
    private readonly string _folder = Directory.CreateTempSubdirectory("compare-store-").FullName;
    private readonly List<SqliteCompareStore> _opened = [];

    private string DatabasePath => Path.Combine(_folder, "sub", "compare.db");

    protected override Task<ICompareStore> CreateStoreAsync() => Task.FromResult<ICompareStore>(Open());

    protected override Task<ICompareStore> ReopenStoreAsync() => Task.FromResult<ICompareStore>(Open());

    private SqliteCompareStore Open()
    {
        var store = new SqliteCompareStore(DatabasePath, Time);
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

    private async Task<List<object?[]>> QueryAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var rows = new List<object?[]>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            rows.Add(row);
        }

        return rows;
    }

    [Fact]
    public async Task InitializeAsync_CreatesTheFileInWalModeWithEveryMigrationRecordedOnce()
    {
        await Store.InitializeAsync(TestContext.Current.CancellationToken);
        await (await ReopenStoreAsync()).InitializeAsync(TestContext.Current.CancellationToken);

        Assert.True(File.Exists(DatabasePath));
        Assert.Equal("wal", (await QueryAsync("PRAGMA journal_mode;"))[0][0]);
        var versions = (await QueryAsync("SELECT version, name FROM schema_migrations ORDER BY version;")).Select(r => $"{r[0]} {r[1]}").ToList();
        Assert.Equal(SqliteMigrations.All.Select(m => $"{m.Version} {m.Name}"), versions);
        Assert.Equal("1 initial", versions[0]);
    }

    [Fact]
    public async Task FirstUse_MigratesWithoutAnExplicitInitialize()
    {
        Assert.Equal(0, await Store.Articles.CountAsync(null, TestContext.Current.CancellationToken));

        var tables = (await QueryAsync("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name;")).Select(r => (string)r[0]!).ToList();
        Assert.Superset(
            new HashSet<string> { "articles", "article_revisions", "url_states", "robots_cache", "crawl_runs", "embedding_cache", "schema_migrations" },
            tables.ToHashSet());
    }

    [Fact]
    public async Task InitializeAsync_DatabaseFromANewerBuild_FailsNamingTheFileAndVersions()
    {
        await Store.InitializeAsync(TestContext.Current.CancellationToken);
        await QueryAsync("INSERT INTO schema_migrations(version, name, applied_at) VALUES (99, 'future', '2030-01-01T00:00:00.0000000Z');");

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(
            () => new SqliteCompareStore(DatabasePath, Time).InitializeAsync(TestContext.Current.CancellationToken));

        Assert.Contains(DatabasePath, ex.Message, StringComparison.Ordinal);
        Assert.Contains("99", ex.Message, StringComparison.Ordinal);
    }
}
