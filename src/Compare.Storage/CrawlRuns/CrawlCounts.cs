namespace Compare.Storage.CrawlRuns;

/// <summary>What a crawl did, URL by URL.</summary>
/// <param name="Fetched">Pages read in full (HTTP 200 or a changed local file).</param>
/// <param name="NotModified">Pages that answered 304, or local files unchanged since the last run.</param>
/// <param name="New">Articles stored for the first time.</param>
/// <param name="Revised">Articles whose text changed, stored as a new revision.</param>
/// <param name="Unchanged">Pages read in full whose text was the one already stored.</param>
/// <param name="Duplicates">New articles found to near-duplicate an earlier one (a syndicated copy).</param>
/// <param name="SkippedByRobots">URLs robots.txt forbids.</param>
/// <param name="Errors">URLs (pages, feeds, sitemaps) that failed; each error is recorded against its URL.</param>
public sealed record CrawlCounts(
    int Fetched,
    int NotModified,
    int New,
    int Revised,
    int Unchanged,
    int Duplicates,
    int SkippedByRobots,
    int Errors)
{
    public static CrawlCounts Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    public CrawlCounts Add(CrawlCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(
            Fetched + other.Fetched,
            NotModified + other.NotModified,
            New + other.New,
            Revised + other.Revised,
            Unchanged + other.Unchanged,
            Duplicates + other.Duplicates,
            SkippedByRobots + other.SkippedByRobots,
            Errors + other.Errors);
    }
}
