using Compare.Storage.CrawlRuns;

namespace Compare.Storage.Work;

/// <summary>What doing an item gave: its counts (a page's crawl counts; zero for a story) and the error, if it failed.</summary>
public sealed record WorkOutcome(CrawlCounts Counts, string? Error)
{
    /// <summary>Done, nothing to count.</summary>
    public static WorkOutcome Done { get; } = new(CrawlCounts.Zero, null);
}
