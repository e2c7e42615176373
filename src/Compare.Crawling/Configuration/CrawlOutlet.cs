using Compare.Core.Domain;
using Compare.Crawling.Http;

namespace Compare.Crawling.Configuration;

/// <summary>An outlet ready to crawl: its domain record and its validated sources, hosts and politeness.</summary>
/// <param name="Outlet">The domain outlet.</param>
/// <param name="Enabled">Crawled when no outlet is named.</param>
/// <param name="Sources">Feeds, sitemaps and folders.</param>
/// <param name="AllowedHosts">Hosts (and their subdomains) whose pages belong to the outlet.</param>
/// <param name="CrawlDelay">Least time between requests to its hosts, or null for the crawler default.</param>
/// <param name="Addresses">The SSRF rule for its hosts.</param>
public sealed record CrawlOutlet(
    Outlet Outlet, bool Enabled, IReadOnlyList<OutletSource> Sources, IReadOnlyList<string> AllowedHosts, TimeSpan? CrawlDelay, AddressPolicy Addresses)
{
    public string Id => Outlet.Id;

    /// <summary>True when any source reads over HTTP.</summary>
    public bool UsesNetwork => Sources.Any(s => s.Kind != SourceKind.Folder);

    /// <summary>True when <paramref name="url"/> is http(s) on one of the allowed hosts or their subdomains.</summary>
    public bool IsAllowedUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.Scheme is "http" or "https"
            && AllowedHosts.Any(h => url.IdnHost.Equals(h, StringComparison.OrdinalIgnoreCase)
                || url.IdnHost.EndsWith("." + h, StringComparison.OrdinalIgnoreCase));
    }
}
