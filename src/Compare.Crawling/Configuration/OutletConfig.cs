namespace Compare.Crawling.Configuration;

/// <summary>An outlet as configured: who it is, where its articles come from, and how politely to read it.</summary>
public sealed class OutletConfig
{
    /// <summary>Stable id, lower case with dashes (<c>harbor-courier</c>).</summary>
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    /// <summary>Home page; its host is always allowed.</summary>
    public string HomeUrl { get; set; } = string.Empty;

    /// <summary>BCP 47 language of its articles, used when a page does not declare one. Default <c>en</c>.</summary>
    public string Language { get; set; } = "en";

    /// <summary>Whether <c>compare crawl</c> reads it when no outlet is named. Default true.</summary>
    public bool Enabled { get; set; } = true;

    public List<SourceConfig> Sources { get; set; } = [];

    /// <summary>
    /// Hosts whose pages belong to the outlet (each also covers its subdomains). The home host and the source hosts are
    /// always included. Pages elsewhere are not fetched, and a canonical URL elsewhere is not believed.
    /// </summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>Least time between requests to the outlet's hosts; the larger of this and robots.txt's Crawl-delay applies.</summary>
    public TimeSpan? CrawlDelay { get; set; }

    /// <summary>
    /// Private, loopback or link-local addresses or networks (<c>127.0.0.1</c>, <c>10.0.0.0/8</c>) this outlet may be read
    /// from. Empty by default: only public addresses are contacted (the SSRF guard).
    /// </summary>
    public List<string> AllowedPrivateNetworks { get; set; } = [];
}
