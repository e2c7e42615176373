using System.ComponentModel.DataAnnotations;

namespace Compare.Crawling.Configuration;

/// <summary>How the crawler fetches: identity, limits, politeness, retries. Section <c>Crawler</c>.</summary>
public sealed class CrawlerOptions
{
    public const string SectionName = "Crawler";

    /// <summary>Product token and version sent as User-Agent and matched against robots.txt groups. Default <c>CompareBot/1.0</c>.</summary>
    [Required]
    [RegularExpression(@"^[A-Za-z][A-Za-z0-9_-]*/[0-9][0-9A-Za-z.]*$")]
    public string UserAgent { get; set; } = "CompareBot/1.0";

    /// <summary>
    /// Where site owners can reach whoever runs this crawler; appended to the User-Agent (<c>CompareBot/1.0 (+URL)</c>).
    /// Required before any outlet with HTTP sources is crawled; folder sources need none. Default empty.
    /// </summary>
    public string? ContactUrl { get; set; }

    /// <summary>Largest body read, after decompression; larger responses fail. Default 5 MiB.</summary>
    [Range(1024, 1L << 30)]
    public long MaxBodyBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Time for one URL, retries and body included. Default 30 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time for one attempt to get response headers. Default 10 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries after a transient failure (5xx, 408, 429, timeout, connection error). Default 2.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>First retry delay, doubled each retry with jitter. Default 1 s.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between retries, also the cap on a server's Retry-After. Default 30 s.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Redirects followed per URL. Default 5.</summary>
    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Requests in flight to one host at once. Default 2.</summary>
    [Range(1, 64)]
    public int MaxConcurrencyPerHost { get; set; } = 2;

    /// <summary>Pages processed at once per outlet. Default 4.</summary>
    [Range(1, 64)]
    public int MaxParallelPages { get; set; } = 4;

    /// <summary>Least time between two requests to one host, unless the outlet or robots.txt asks for more. Default 1 s.</summary>
    public TimeSpan DefaultCrawlDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a page item a worker claimed stays its own without a renewal (renewed while it works). When a worker dies, its
    /// pages go to another worker this long after its last renewal. Default 1 min.
    /// </summary>
    public TimeSpan WorkLease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often a worker with nothing to do looks for claimable pages again. Default 1 s.</summary>
    public TimeSpan WorkPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a fetched robots.txt is trusted. Default 24 h.</summary>
    public TimeSpan RobotsCacheDuration { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a host whose robots.txt answered 5xx or could not be reached is treated as disallowing all. Default 1 h.</summary>
    public TimeSpan RobotsErrorBackoff { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Fewer words than this and a page is recorded as holding no article. Default 40.</summary>
    [Range(1, 10000)]
    public int MinArticleWords { get; set; } = 40;

    /// <summary>
    /// Largest SimHash Hamming distance (of 64 bits) at which two texts count as one story. On the demo corpus a copy with
    /// a line of its own on top and a credit line is 0 to 6 bits away and different articles of one event 20 or more. Default 6.
    /// </summary>
    [Range(0, 7)]
    public int NearDuplicateDistance { get; set; } = 6;

    /// <summary>Most pages taken from one outlet's sources per run. Default 500.</summary>
    [Range(1, 100000)]
    public int MaxPagesPerOutlet { get; set; } = 500;

    /// <summary>Time between crawls when <c>compare crawl</c> runs without <c>--once</c>. Default 1 h.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Folder that relative folder-source paths start from; default: the current folder or the nearest parent where the path exists.</summary>
    public string? ContentRoot { get; set; }

    /// <summary>The User-Agent header value.</summary>
    public string UserAgentHeader => string.IsNullOrWhiteSpace(ContactUrl) ? UserAgent : $"{UserAgent} (+{ContactUrl})";

    /// <summary>The product token robots.txt groups are matched against (<c>CompareBot</c>).</summary>
    public string ProductToken => UserAgent.Split('/')[0];
}
