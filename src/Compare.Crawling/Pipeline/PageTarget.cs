using Compare.Crawling.Discovery;

namespace Compare.Crawling.Pipeline;

/// <summary>A page to read: a URL a feed or sitemap listed, or a local HTML file.</summary>
internal sealed record PageTarget(DiscoveredLink? Link, string? FilePath)
{
    /// <summary>The key of its URL state: the canonical URL, or the file's <c>file://</c> URI.</summary>
    public string Key => Link?.Url.AbsoluteUri ?? new Uri(FilePath!).AbsoluteUri;
}
