namespace Compare.Crawling.Pipeline;

/// <summary>A URL (page, feed, sitemap or file) that failed, and why.</summary>
public sealed record CrawlError(string Url, string Message);
