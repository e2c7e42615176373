namespace Compare.Storage.CrawlRuns;

/// <summary>One crawl: when, which outlets, and what it did.</summary>
/// <param name="Id">Store-assigned number.</param>
/// <param name="StartedAt">Start.</param>
/// <param name="FinishedAt">End, or null while it runs (or when it died).</param>
/// <param name="OutletIds">Outlets crawled.</param>
/// <param name="Counts">Totals over the outlets (zero while it runs).</param>
public sealed record CrawlRun(long Id, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, IReadOnlyList<string> OutletIds, CrawlCounts Counts);
