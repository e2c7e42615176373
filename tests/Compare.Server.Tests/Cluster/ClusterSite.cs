using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Parser;
using Compare.Core.Corpus;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace Compare.Server.Tests.Cluster;

/// <summary>
/// The demo corpus served as six live sites: one real Kestrel listening on one loopback port per corpus outlet (so each
/// outlet is its own host for the crawler's politeness), each with <c>/robots.txt</c>, <c>/feed.xml</c> (the outlet's feed
/// with its home rewritten to the port) and its pages at their canonical paths, with ETags. Every page answer waits
/// <see cref="PageDelay"/>, so a crawl is in flight long enough to kill a worker in the middle of it. It records every page
/// request (path, host, start time) and the most requests one path ever had in flight at once.
/// </summary>
internal sealed class ClusterSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Dictionary<string, (string Outlet, byte[] Body, string BodySelector)> _pages = new(StringComparer.Ordinal);
    private readonly Dictionary<int, (string Outlet, byte[] Feed)> _feeds = [];
    private readonly ConcurrentDictionary<string, int> _inFlight = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<PageRequest> _requests = new();
    private int _maxInFlightPerPath;
    private volatile int _edition = 1;

    private ClusterSite(WebApplication app, CorpusCatalog catalog)
    {
        _app = app;
        Catalog = catalog;
    }

    public sealed record PageRequest(string Key, int Port, long StartedTicks, int Edition);

    public CorpusCatalog Catalog { get; }

    /// <summary>Ports by corpus outlet id.</summary>
    public IReadOnlyDictionary<string, int> Ports { get; private set; } = new Dictionary<string, int>();

    public TimeSpan PageDelay { get; init; } = TimeSpan.FromMilliseconds(800);

    /// <summary>Number of pages served in all.</summary>
    public int PageCount => _pages.Count;

    /// <summary>1 at first; 2 serves every page with one more paragraph (a new revision), under a new ETag.</summary>
    public int Edition
    {
        get => _edition;
        set => _edition = value;
    }

    public IReadOnlyList<PageRequest> Requests => [.. _requests];

    /// <summary>The most requests any one page path had in flight at one moment (1 = never fetched twice at once).</summary>
    public int MaxInFlightPerPath => Volatile.Read(ref _maxInFlightPerPath);

    /// <summary>The sentence edition 2 adds to every page.</summary>
    public const string UpdateSentence = "This article was updated after publication to add a correction notice.";

    public static async Task<ClusterSite> StartAsync(TimeSpan pageDelay, CancellationToken cancellationToken)
    {
        var catalog = CorpusCatalog.Load(RepoPaths.Corpus);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            foreach (var _ in catalog.Outlets)
            {
                k.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http1);
            }
        });
        var app = builder.Build();
        var site = new ClusterSite(app, catalog) { PageDelay = pageDelay };
        app.Run(site.HandleAsync);
        await app.StartAsync(cancellationToken);
        var ports = app.Urls.Select(u => new Uri(u).Port).Order().ToList();
        site.Load(ports);
        return site;
    }

    /// <summary>
    /// Settings that turn every shipped outlet off and add the six served ones (ids <c>live-{outlet}</c>), each with its feed
    /// and <paramref name="crawlDelay"/> between requests to its host.
    /// </summary>
    public IReadOnlyList<string> OutletSettings(TimeSpan crawlDelay)
    {
        var shipped = ShippedOutlets.Ids;
        var settings = new List<string>();
        for (var i = 0; i < shipped.Count; i++)
        {
            settings.Add($"Outlets:{i}:Enabled=false");
        }

        var n = shipped.Count;
        foreach (var outlet in Catalog.Outlets)
        {
            var port = Ports[outlet.Outlet.Id];
            var i = n++.ToString(CultureInfo.InvariantCulture);
            settings.AddRange(
            [
                $"Outlets:{i}:Id=live-{outlet.Outlet.Id}",
                $"Outlets:{i}:Name={outlet.Outlet.Name}",
                $"Outlets:{i}:HomeUrl=http://127.0.0.1:{port}/",
                $"Outlets:{i}:Sources:0:Kind=Feed",
                $"Outlets:{i}:Sources:0:Url=http://127.0.0.1:{port}/feed.xml",
                $"Outlets:{i}:AllowedPrivateNetworks:0=127.0.0.1",
                string.Create(CultureInfo.InvariantCulture, $"Outlets:{i}:CrawlDelay={crawlDelay:c}"),
            ]);
        }

        settings.Add("Crawler:ContactUrl=https://compare.test/contact");
        settings.Add("Crawler:MaxRetries=0");
        return settings;
    }

    private void Load(List<int> ports)
    {
        var byOutlet = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Catalog.Outlets.Count; i++)
        {
            var outlet = Catalog.Outlets[i];
            var port = ports[i];
            byOutlet[outlet.Outlet.Id] = port;
            var home = outlet.Outlet.HomeUrl.AbsoluteUri;
            var local = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/";
            _feeds[port] = (outlet.Outlet.Id, Encoding.UTF8.GetBytes(File.ReadAllText(outlet.FeedPath).Replace(home, local, StringComparison.Ordinal)));
            foreach (var topic in Catalog.Topics.Where(t => t.Gold.Articles.Any(a => a.Outlet == outlet.Outlet.Id)))
            {
                var path = topic.PagePath(outlet.Outlet.Id);
                var page = CorpusPage.Load(path, outlet);
                _pages[Key(port, page.Metadata.CanonicalUrl!.AbsolutePath)] = (outlet.Outlet.Id, File.ReadAllBytes(path), outlet.BodySelector);
            }
        }

        Ports = byOutlet;
    }

    private static string Key(int port, string path) => port.ToString(CultureInfo.InvariantCulture) + path;

    private async Task HandleAsync(HttpContext context)
    {
        var port = context.Connection.LocalPort;
        var path = context.Request.Path.Value ?? "/";
        var response = context.Response;
        if (path == "/robots.txt")
        {
            response.ContentType = "text/plain";
            await response.WriteAsync("User-agent: *\nAllow: /\n", context.RequestAborted);
            return;
        }

        if (path == "/feed.xml" && _feeds.TryGetValue(port, out var feed))
        {
            response.ContentType = "application/xml; charset=utf-8";
            await response.Body.WriteAsync(feed.Feed, context.RequestAborted);
            return;
        }

        var key = Key(port, path);
        if (!_pages.TryGetValue(key, out var page))
        {
            response.StatusCode = 404;
            return;
        }

        var edition = Edition;
        _requests.Enqueue(new PageRequest(key, port, Stopwatch.GetTimestamp(), edition));
        var now = _inFlight.AddOrUpdate(key, 1, (_, n) => n + 1);
        int max;
        while (now > (max = Volatile.Read(ref _maxInFlightPerPath)) && Interlocked.CompareExchange(ref _maxInFlightPerPath, now, max) != max)
        {
        }

        try
        {
            await Task.Delay(PageDelay, context.RequestAborted);
            var body = edition == 1 ? page.Body : Revised(page.Body, page.BodySelector);
            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body))[..16] + "\"";
            response.Headers.ETag = etag;
            if (context.Request.Headers.IfNoneMatch == etag)
            {
                response.StatusCode = 304;
                return;
            }

            response.ContentType = "text/html; charset=utf-8";
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The crawler went away (a worker killed mid-request).
        }
        finally
        {
            _inFlight.AddOrUpdate(key, 0, (_, n) => n - 1);
        }
    }

    /// <summary>
    /// The page with <see cref="UpdateSentence"/> as a new paragraph after the first paragraph of its article body (the
    /// outlet's body selector in the corpus), so the extracted text changes.
    /// </summary>
    private static byte[] Revised(byte[] body, string bodySelector)
    {
        var document = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(body));
        var first = document.QuerySelector(bodySelector)?.QuerySelector("p")
            ?? throw new InvalidOperationException($"no paragraph under {bodySelector} to revise");
        var update = document.CreateElement("p");
        update.TextContent = UpdateSentence;
        first.After(update);
        return Encoding.UTF8.GetBytes(document.DocumentElement.OuterHtml);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
