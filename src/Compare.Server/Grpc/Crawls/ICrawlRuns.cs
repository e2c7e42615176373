using Proto = Compare.Protos.V1;

namespace Compare.Server.Grpc.Crawls;

/// <summary>TriggerCrawl and GetCrawlRun: in this process (<see cref="CrawlRuns"/>) or on the workers of a cluster (<see cref="ClusterCrawlRuns"/>).</summary>
internal interface ICrawlRuns
{
    /// <summary>Starts a crawl of the named outlets (none = every enabled one) in the background and returns it, queued.</summary>
    Task<Proto.CrawlRun> TriggerAsync(IReadOnlyList<string> outletIds, CancellationToken cancellationToken);

    /// <summary>A run by the id TriggerAsync gave, or a stored run by number; NotFound otherwise.</summary>
    Task<Proto.CrawlRun> GetAsync(string id, CancellationToken cancellationToken);
}
