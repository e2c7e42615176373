using Compare.Crawling.Pipeline;
using Compare.Server.Stories;

namespace Compare.Server.Worker;

/// <summary>What a cycle did.</summary>
internal sealed record CycleSummary(CrawlSummary Crawl, GroupingSummary Grouping, int Watches, int Compared, int OpenStories, int Reports, TimeSpan Elapsed);
