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
using Compare.Storage.Postgres.Work;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Compare.Storage.Postgres;

/// <summary>
/// The PostgreSQL store, for several worker and api processes sharing one database: connections from one
/// <see cref="NpgsqlDataSource"/>, schema migrated on first use under an advisory lock, writes in transactions that lock
/// what they change, so processes working at once never take the same key.
/// </summary>
public sealed class PostgresCompareStore : ICompareStore, IDisposable, IAsyncDisposable
{
    private readonly PostgresDatabase _database;

    /// <summary>A store with its own data source built from <paramref name="connectionString"/>, disposed with the store.</summary>
    public PostgresCompareStore(string connectionString, TimeProvider time, ILogger<PostgresCompareStore>? logger = null)
        : this(NpgsqlDataSource.Create(connectionString), ownsDataSource: true, time, logger)
    {
    }

    /// <summary>A store on a data source someone else owns (the DI container): the store leaves it open when disposed.</summary>
    public PostgresCompareStore(NpgsqlDataSource dataSource, TimeProvider time, ILogger<PostgresCompareStore>? logger = null)
        : this(dataSource, ownsDataSource: false, time, logger)
    {
    }

    private PostgresCompareStore(NpgsqlDataSource dataSource, bool ownsDataSource, TimeProvider time, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(time);
        _database = new PostgresDatabase(dataSource, ownsDataSource, time, logger ?? NullLogger.Instance);
        Articles = new PostgresArticleStore(_database);
        UrlStates = new PostgresUrlStateStore(_database);
        Robots = new PostgresRobotsCacheStore(_database);
        CrawlRuns = new PostgresCrawlRunStore(_database);
        Embeddings = new PostgresEmbeddingCacheStore(_database);
        Stories = new PostgresStoryStore(_database, time);
        Snapshots = new PostgresSnapshotStore(_database);
        Schedules = new PostgresScheduleStore(_database);
        Watches = new PostgresTopicWatchStore(_database, time);
        OutletOverrides = new PostgresOutletOverrideStore(_database);
        Work = new PostgresWorkItemStore(_database);
        Pacing = new PostgresHostPacing(_database);
        Leases = new PostgresNamedLeases(_database);
    }

    /// <summary>The data source the store takes its connections from.</summary>
    public NpgsqlDataSource DataSource => _database.DataSource;

    /// <summary>Host, port, database and schema (never the password), as messages name it.</summary>
    public string DatabaseName => _database.Name;

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

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    public void Dispose() => _database.Dispose();
}
