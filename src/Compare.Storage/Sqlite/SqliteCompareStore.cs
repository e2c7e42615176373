using Compare.Storage.Articles;
using Compare.Storage.CrawlRuns;
using Compare.Storage.Embeddings;
using Compare.Storage.Outlets;
using Compare.Storage.Robots;
using Compare.Storage.Schedules;
using Compare.Storage.Snapshots;
using Compare.Storage.Stories;
using Compare.Storage.UrlStates;
using Compare.Storage.Watches;
using Compare.Storage.Work;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Compare.Storage.Sqlite;

/// <summary>The SQLite store: one file, WAL mode, schema migrated on first use.</summary>
public sealed class SqliteCompareStore : ICompareStore, IDisposable
{
    private readonly SqliteDatabase _database;

    public SqliteCompareStore(string databasePath, TimeProvider time, ILogger<SqliteCompareStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        _database = new SqliteDatabase(databasePath, time, (ILogger?)logger ?? NullLogger.Instance);
        Articles = new SqliteArticleStore(_database);
        UrlStates = new SqliteUrlStateStore(_database);
        Robots = new SqliteRobotsCacheStore(_database);
        CrawlRuns = new SqliteCrawlRunStore(_database);
        Embeddings = new SqliteEmbeddingCacheStore(_database);
        Stories = new SqliteStoryStore(_database, time);
        Snapshots = new SqliteSnapshotStore(_database);
        Schedules = new SqliteScheduleStore(_database);
        Watches = new SqliteTopicWatchStore(_database, time);
        OutletOverrides = new SqliteOutletOverrideStore(_database);
        Work = new SqliteWorkItemStore(_database, time);
        Pacing = new SqliteHostPacing(_database, time);
        Leases = new SqliteNamedLeases(_database, time);
    }

    /// <summary>Full path of the database file.</summary>
    public string DatabasePath => _database.Path;

    public IArticleStore Articles { get; }

    public IUrlStateStore UrlStates { get; }

    public IRobotsCacheStore Robots { get; }

    public ICrawlRunStore CrawlRuns { get; }

    public IEmbeddingCacheStore Embeddings { get; }

    public IStoryStore Stories { get; }

    public ISnapshotStore Snapshots { get; }

    public IScheduleStore Schedules { get; }

    public ITopicWatchStore Watches { get; }

    public IOutletOverrideStore OutletOverrides { get; }

    public IWorkItemStore Work { get; }

    public IHostPacing Pacing { get; }

    public INamedLeases Leases { get; }

    public Task InitializeAsync(CancellationToken cancellationToken) => _database.MigrateAsync(cancellationToken);

    public void Dispose() => _database.Dispose();
}
