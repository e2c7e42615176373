using Compare.Storage.Tests.Postgres;
using Compare.Storage;
using Compare.Storage.Postgres;
using Compare.Storage.Sqlite;
using Npgsql;

namespace Compare.Cli.Tests.Commands;

/// <summary>
/// A fresh database for one test, of the kind a theory names: <c>sqlite</c> (a file in a temporary folder, with its schema)
/// or <c>postgres</c> (a new database on <c>PG_TEST_CONNSTR</c>; skipped without it, failed without it when CI=true).
/// </summary>
internal sealed class StoreDatabase : IAsyncDisposable
{
    private readonly string? _folder;
    private readonly PostgresTestDatabase? _postgres;

    private StoreDatabase(string? folder, PostgresTestDatabase? postgres, string[] args, string name)
    {
        _folder = folder;
        _postgres = postgres;
        Args = args;
        Name = name;
    }

    /// <summary>The options that point a command at this database.</summary>
    public string[] Args { get; }

    /// <summary>How the CLI should name it: the file's path, or host:port/database (worked out here, not by the CLI).</summary>
    public string Name { get; }

    public string? ConnectionString => _postgres?.ConnectionString;

    public static async Task<StoreDatabase> CreateAsync(string kind, CancellationToken cancellationToken)
    {
        if (kind == "postgres")
        {
            var postgres = await PostgresTestDatabase.CreateAsync(cancellationToken);
            var b = new NpgsqlConnectionStringBuilder(postgres.ConnectionString);
            var name = $"PostgreSQL database {b.Host}:{b.Port}/{postgres.Name}";
            return new StoreDatabase(null, postgres, ["--postgres", postgres.ConnectionString], name);
        }

        var folder = Directory.CreateTempSubdirectory("compare-cli-store-").FullName;
        var path = Path.Combine(folder, "compare.db");
        using (var store = new SqliteCompareStore(path, TimeProvider.System))
        {
            await store.InitializeAsync(cancellationToken);
        }

        return new StoreDatabase(folder, null, ["--db", path], "SQLite database " + path);
    }

    /// <summary>Runs <paramref name="use"/> on the same database, opened directly: to seed it or check what a command wrote.</summary>
    public async Task<T> UseAsync<T>(Func<ICompareStore, Task<T>> use)
    {
        if (_postgres is null)
        {
            using var sqlite = new SqliteCompareStore(Args[1], TimeProvider.System);
            return await use(sqlite);
        }

        await using var postgres = new PostgresCompareStore(_postgres.ConnectionString, TimeProvider.System);
        return await use(postgres);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
