using Compare.Storage.CrawlRuns;

namespace Compare.Crawling.Pipeline;

/// <summary>What the crawl did for one outlet; <see cref="Errors"/> lists the first failures (all are in the URL states).</summary>
public sealed record OutletCrawlResult(string OutletId, string Name, CrawlCounts Counts, IReadOnlyList<CrawlError> Errors);
