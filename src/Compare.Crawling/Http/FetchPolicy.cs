namespace Compare.Crawling.Http;

/// <summary>What a fetch may touch: the hosts a redirect may lead to, and the addresses a connection may reach.</summary>
/// <param name="IsAllowedUrl">True for URLs (first and after each redirect) the outlet may be read from.</param>
/// <param name="Addresses">The SSRF rule.</param>
/// <param name="CrawlDelay">Least time between requests to one host for this outlet.</param>
public sealed record FetchPolicy(Func<Uri, bool> IsAllowedUrl, AddressPolicy Addresses, TimeSpan CrawlDelay);
