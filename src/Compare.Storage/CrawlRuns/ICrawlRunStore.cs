namespace Compare.Storage.CrawlRuns;

/// <summary>The history of crawls.</summary>
public interface ICrawlRunStore
{
    /// <summary>Records the start of a crawl and returns its id.</summary>
    Task<long> StartAsync(IReadOnlyList<string> outletIds, DateTimeOffset startedAt, CancellationToken cancellationToken);

    Task FinishAsync(long runId, CrawlCounts counts, DateTimeOffset finishedAt, CancellationToken cancellationToken);

    /// <summary>The most recent runs, newest first.</summary>
    Task<IReadOnlyList<CrawlRun>> ListRecentAsync(int limit, CancellationToken cancellationToken);
}
