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

namespace Compare.Storage;

/// <summary>
/// Everything Compare persists, behind interfaces that name no database, so the SQLite implementation and a later
/// PostgreSQL one are interchangeable for every caller (and pass the same test suite).
/// </summary>
public interface ICompareStore
{
    IArticleStore Articles { get; }

    IUrlStateStore UrlStates { get; }

    IRobotsCacheStore Robots { get; }

    ICrawlRunStore CrawlRuns { get; }

    IEmbeddingCacheStore Embeddings { get; }

    IStoryStore Stories { get; }

    ISnapshotStore Snapshots { get; }

    IScheduleStore Schedules { get; }

    ITopicWatchStore Watches { get; }

    /// <summary>Outlets added, replaced or removed at run time (the gRPC API), over the configured ones.</summary>
    IOutletOverrideStore OutletOverrides { get; }

    /// <summary>Page and story items shared by every worker on this database, handed out with leases.</summary>
    IWorkItemStore Work { get; }

    /// <summary>Per-host request pacing shared by every worker on this database.</summary>
    IHostPacing Pacing { get; }

    /// <summary>Named exclusive leases across processes (one grouping pass at a time).</summary>
    INamedLeases Leases { get; }

    /// <summary>Creates or upgrades the schema; every other call does this on first use as well, so calling it is optional.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);
}
