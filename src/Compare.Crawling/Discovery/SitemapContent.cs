namespace Compare.Crawling.Discovery;

/// <summary>What a sitemap lists: page URLs (a urlset) or further sitemaps (a sitemap index).</summary>
public sealed record SitemapContent(IReadOnlyList<DiscoveredLink> Pages, IReadOnlyList<Uri> Sitemaps);
