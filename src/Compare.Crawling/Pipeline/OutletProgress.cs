using Compare.Storage.CrawlRuns;

namespace Compare.Crawling.Pipeline;

/// <summary>How far the crawl of one outlet is: pages done of pages found, and the counts so far.</summary>
public sealed record OutletProgress(string OutletId, string Name, int Done, int Total, CrawlCounts Counts);
