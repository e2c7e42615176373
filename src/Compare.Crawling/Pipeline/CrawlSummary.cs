using Compare.Storage.CrawlRuns;

namespace Compare.Crawling.Pipeline;

/// <summary>A finished crawl run: per outlet and in total.</summary>
public sealed record CrawlSummary(long RunId, IReadOnlyList<OutletCrawlResult> Outlets, CrawlCounts Totals, TimeSpan Elapsed);
