using System.Globalization;
using System.Net;
using System.Security;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace Compare.Server.Benchmarks.Cluster;

/// <summary>
/// <see cref="GeneratedNews"/> served as live sites: one Kestrel port per outlet (so each outlet is its own host for the
/// crawler's politeness), each with <c>/robots.txt</c>, <c>/feed.xml</c> (RSS listing all its pages) and its pages, every page
/// answer after <see cref="PageDelay"/> (the latency of a real site). Counts the page requests it answered.
/// </summary>
internal sealed class NewsSite : IAsyncDisposable
{
    private static readonly string[] Names =
        ["Harbor Ledger", "Valley Courier", "Evening Signal", "Coastal Record", "Metro Dispatch", "Northern Gazette", "Riverside Times",
         "Capital Observer", "Lakeshore Herald", "Summit Tribune", "Prairie Voice", "Bayline News"];

    private readonly WebApplication _app;
    private readonly Dictionary<string, byte[]> _pages = new(StringComparer.Ordinal);
    private readonly Dictionary<int, byte[]> _feeds = [];
    private int _served;

    private NewsSite(WebApplication app, TimeSpan pageDelay)
    {
        _app = app;
        PageDelay = pageDelay;
    }

    public TimeSpan PageDelay { get; }

    public IReadOnlyList<(string Id, string Name, Uri Home)> Outlets { get; private set; } = [];

    public int PageCount => _pages.Count;

    public int Served => Volatile.Read(ref _served);

    public static async Task<NewsSite> StartAsync(int outlets, int events, TimeSpan pageDelay, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            for (var i = 0; i < outlets; i++)
            {
                k.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http1);
            }
        });
        var app = builder.Build();
        var site = new NewsSite(app, pageDelay);
        app.Run(site.HandleAsync);
        await app.StartAsync(cancellationToken);
        var ports = app.Urls.Select(u => new Uri(u).Port).Order().ToList();
        site.Load(ports, events);
        return site;
    }

    /// <summary>Settings that turn every shipped outlet off and add the served ones, each with its feed and crawl delay.</summary>
    public IReadOnlyList<string> OutletSettings(int shippedOutlets, TimeSpan crawlDelay)
    {
        var settings = new List<string>();
        for (var i = 0; i < shippedOutlets; i++)
        {
            settings.Add(string.Create(CultureInfo.InvariantCulture, $"Outlets:{i}:Enabled=false"));
        }

        var n = shippedOutlets;
        foreach (var (id, name, home) in Outlets)
        {
            var i = n++.ToString(CultureInfo.InvariantCulture);
            settings.AddRange(
            [
                $"Outlets:{i}:Id={id}",
                $"Outlets:{i}:Name={name}",
                $"Outlets:{i}:HomeUrl={home.AbsoluteUri}",
                $"Outlets:{i}:Sources:0:Kind=Feed",
                $"Outlets:{i}:Sources:0:Url={home.AbsoluteUri}feed.xml",
                $"Outlets:{i}:AllowedPrivateNetworks:0=127.0.0.1",
                string.Create(CultureInfo.InvariantCulture, $"Outlets:{i}:CrawlDelay={crawlDelay:c}"),
            ]);
        }

        return settings;
    }

    private void Load(List<int> ports, int events)
    {
        Outlets = ports.Select((port, i) => (
                string.Create(CultureInfo.InvariantCulture, $"gen-{i + 1:D2}"),
                i < Names.Length ? Names[i] : string.Create(CultureInfo.InvariantCulture, $"{Names[i % Names.Length]} {i / Names.Length + 1}"),
                new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"))))
            .ToList();
        var pages = GeneratedNews.Generate(Outlets, events, seed: 11);
        for (var i = 0; i < Outlets.Count; i++)
        {
            var (id, name, home) = Outlets[i];
            var feed = new StringBuilder();
            feed.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>").Append(SecurityElement.Escape(name))
                .Append("</title><link>").Append(home.AbsoluteUri).Append("</link><description>Generated outlet</description>");
            foreach (var page in pages.Where(p => p.OutletId == id).OrderByDescending(p => p.Published))
            {
                var url = new Uri(home, page.Path).AbsoluteUri;
                feed.Append("<item><title>").Append(SecurityElement.Escape(page.Title)).Append("</title><link>").Append(url)
                    .Append("</link><guid isPermaLink=\"true\">").Append(url).Append("</guid><pubDate>")
                    .Append(page.Published.ToString("r", CultureInfo.InvariantCulture)).Append("</pubDate></item>");
                _pages[Key(ports[i], page.Path)] = Encoding.UTF8.GetBytes(page.Html);
            }

            _feeds[ports[i]] = Encoding.UTF8.GetBytes(feed.Append("</channel></rss>").ToString());
        }
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
            response.ContentType = "application/rss+xml; charset=utf-8";
            await response.Body.WriteAsync(feed, context.RequestAborted);
            return;
        }

        if (!_pages.TryGetValue(Key(port, path), out var body))
        {
            response.StatusCode = 404;
            return;
        }

        try
        {
            await Task.Delay(PageDelay, context.RequestAborted);
            response.ContentType = "text/html; charset=utf-8";
            await response.Body.WriteAsync(body, context.RequestAborted);
            Interlocked.Increment(ref _served);
        }
        catch (OperationCanceledException)
        {
            // The crawler went away.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
