namespace Compare.Crawling.Discovery;

/// <summary>An article URL a source lists, canonicalized, with what the source says of it.</summary>
/// <param name="Url">Canonical URL.</param>
/// <param name="Title">Title in the feed or news sitemap, or null.</param>
/// <param name="PublishedAt">Date in the feed or sitemap, or null.</param>
public sealed record DiscoveredLink(Uri Url, string? Title, DateTimeOffset? PublishedAt);
