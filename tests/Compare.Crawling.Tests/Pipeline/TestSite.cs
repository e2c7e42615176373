using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Compare.Core.Corpus;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace Compare.Crawling.Tests.Pipeline;

/// <summary>
/// A real Kestrel on 127.0.0.1:0 serving the demo corpus and hostile pages. Each corpus outlet's feed is served at
/// <c>/{outlet}/feed.xml</c> with its <c>https://host.example/</c> base rewritten to <c>http://127.0.0.1:port/{outlet}/</c>,
/// and each page at the path of its canonical URL under that prefix, with an ETag honoured by If-None-Match. The pages
/// keep their canonical links to the <c>.example</c> hosts, so the crawler must take the canonical URL from the page.
/// </summary>
public sealed class TestSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Path, TimeSpan At)> _starts = new();
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private byte[]? _bomb;
    private int _inFlight;
    private int _maxInFlight;

    private TestSite(WebApplication app, CorpusCatalog catalog)
    {
        _app = app;
        Catalog = catalog;
    }

    public CorpusCatalog Catalog { get; }

    public Uri BaseUrl { get; private set; } = null!;

    public int Port => BaseUrl.Port;

    /// <summary>What /robots.txt answers.</summary>
    public string Robots { get; set; } = "User-agent: *\nDisallow: /private/\n";

    /// <summary>Text of /hostile/changing, the page a test edits between crawls.</summary>
    public string ChangingText { get; set; } = string.Empty;

    /// <summary>When true, /hostile/flaky and /hostile/busy fail on every request (a site that broke after the first crawl).</summary>
    public bool AlwaysFail { get; set; }

    /// <summary>Most requests (robots.txt aside) the site was serving at one moment.</summary>
    public int MaxConcurrentRequests => Volatile.Read(ref _maxInFlight);

    /// <summary>Every request so far (robots.txt aside) with the time it arrived, since the site started, in arrival order.</summary>
    public IReadOnlyList<(string Path, TimeSpan At)> RequestStarts => _starts.ToList();

    /// <summary>Requests per path so far.</summary>
    public int Hits(string path) => _hits.GetValueOrDefault(path);

    public static async Task<TestSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http1));
        var app = builder.Build();
        var site = new TestSite(app, CorpusCatalog.Load(RepoPaths.Corpus));
        app.Run(site.HandleAsync);
        await app.StartAsync();
        site.BaseUrl = new Uri(app.Urls.First().Replace("127.0.0.1", "127.0.0.1", StringComparison.Ordinal) + "/");
        site.LoadCorpus();
        return site;
    }

    /// <summary>The local feed URL of a corpus outlet.</summary>
    public Uri FeedUrl(string outletId) => new(BaseUrl, $"{outletId}/feed.xml");

    private void LoadCorpus()
    {
        foreach (var outlet in Catalog.Outlets)
        {
            var prefix = new Uri(BaseUrl, outlet.Outlet.Id + "/").AbsoluteUri;
            var home = outlet.Outlet.HomeUrl.AbsoluteUri;
            _files[$"/{outlet.Outlet.Id}/feed.xml"] = Encoding.UTF8.GetBytes(File.ReadAllText(outlet.FeedPath).Replace(home, prefix, StringComparison.Ordinal));
            foreach (var topic in Catalog.Topics.Where(t => t.Gold.Articles.Any(a => a.Outlet == outlet.Outlet.Id)))
            {
                var path = topic.PagePath(outlet.Outlet.Id);
                var page = CorpusPage.Load(path, outlet);
                _files[$"/{outlet.Outlet.Id}{page.Metadata.CanonicalUrl!.AbsolutePath}"] = File.ReadAllBytes(path);
            }
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        _hits.AddOrUpdate(path, 1, (_, n) => n + 1);
        var counted = path != "/robots.txt";
        if (counted)
        {
            _starts.Enqueue((path, _clock.Elapsed));
            var now = Interlocked.Increment(ref _inFlight);
            int max;
            while (now > (max = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, max) != max)
            {
            }

            // Hold each request a moment, so requests that may overlap do.
            await Task.Delay(5, context.RequestAborted);
        }

        try
        {
            await RouteAsync(context, path);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The crawler hung up (body limit, timeout): expected for the hostile pages.
        }
        finally
        {
            if (counted)
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }
    }

    private async Task RouteAsync(HttpContext context, string path)
    {
        var response = context.Response;
        if (path == "/robots.txt")
        {
            await Text(response, "text/plain", Robots);
            return;
        }

        if (_files.TryGetValue(path, out var file))
        {
            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(file))[..16] + "\"";
            response.Headers.ETag = etag;
            if (context.Request.Headers.IfNoneMatch == etag)
            {
                response.StatusCode = 304;
                return;
            }

            response.ContentType = path.EndsWith(".xml", StringComparison.Ordinal) ? "application/rss+xml; charset=utf-8" : "text/html; charset=utf-8";
            await response.Body.WriteAsync(file, context.RequestAborted);
            return;
        }

        await HostileAsync(context, path);
    }

    private async Task HostileAsync(HttpContext context, string path)
    {
        var response = context.Response;
        var hits = Hits(path);
        switch (path)
        {
            case "/hostile/feed.xml":
                await Text(response, "application/rss+xml", HostilePages.Feed(Port));
                break;
            case "/hostile/broken.xml":
                await Text(response, "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Broken<item><link>/x</link></channel>");
                break;
            case "/hostile/busy":
                if (hits == 1 || AlwaysFail)
                {
                    response.StatusCode = 429;
                    response.Headers.RetryAfter = "1";
                    return;
                }

                await Text(response, "text/html", HostilePages.Article("Busy server answers on the second try", HostilePages.BusyText));
                break;
            case "/hostile/flaky":
                if (hits == 1 || AlwaysFail)
                {
                    response.StatusCode = 500;
                    return;
                }

                await Text(response, "text/html", HostilePages.Article("Flaky server recovers after one error", HostilePages.FlakyText));
                break;
            case "/hostile/slow":
                await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
                await Text(response, "text/html", HostilePages.Article("Too slow", "The slow page"));
                break;
            case "/hostile/huge":
                response.ContentType = "text/html";
                var chunk = Encoding.ASCII.GetBytes(new string('a', 64 * 1024));
                for (var written = 0L; written < 50L * 1024 * 1024; written += chunk.Length)
                {
                    await response.Body.WriteAsync(chunk, context.RequestAborted);
                }

                break;
            case "/hostile/bomb":
                response.ContentType = "text/html";
                response.Headers.ContentEncoding = "gzip";
                await response.Body.WriteAsync(Bomb(), context.RequestAborted);
                break;
            case "/hostile/loop/a":
                response.Redirect("/hostile/loop/b");
                break;
            case "/hostile/loop/b":
                response.Redirect("/hostile/loop/a");
                break;
            case "/hostile/charset":
                response.ContentType = "text/html; charset=utf-8";
                await response.Body.WriteAsync(HostilePages.Windows1252Page(), context.RequestAborted);
                break;
            case "/hostile/empty":
                await Text(response, "text/html", HostilePages.NoArticle);
                break;
            case "/hostile/image":
                response.ContentType = "image/png";
                await response.Body.WriteAsync(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, context.RequestAborted);
                break;
            case "/partner/feed.xml":
                await Text(response, "application/rss+xml",
                    $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Partner</title><item><title>Copy</title><link>{BaseUrl}partner/copy</link></item></channel></rss>");
                break;
            case "/partner/copy":
                await Text(response, "text/html", PartnerCopy());
                break;
            case "/hostile/lastmod":
                var lastModified = new DateTimeOffset(2026, 8, 31, 12, 0, 0, TimeSpan.Zero);
                response.Headers.LastModified = lastModified.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
                if (context.Request.GetTypedHeaders().IfModifiedSince >= lastModified)
                {
                    response.StatusCode = 304;
                    return;
                }

                await Text(response, "text/html", HostilePages.Article("A page with only Last-Modified", HostilePages.LastModifiedText));
                break;
            case "/hostile/changing":
                await Text(response, "text/html", HostilePages.Article("A story that changes", ChangingText));
                break;
            case "/private/secret":
                await Text(response, "text/html", HostilePages.Article("Private", "Robots.txt forbids this page"));
                break;
            default:
                response.StatusCode = 404;
                break;
        }
    }

    /// <summary>A partner's copy of Eastgate Wire's refinery story: its own page, a line of its own on top, a credit line at the end.</summary>
    private string PartnerCopy()
    {
        var outlet = Catalog.Outlet("eastgate-wire");
        var page = CorpusPage.Load(Catalog.Topics.Single(t => t.Id == "kestrel-bay-refinery").PagePath("eastgate-wire"), outlet);
        var paragraphs = page.BodyText.Split('\n').Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>");
        return HostilePages.Article(
            "Refinery blast kills two in Kestrel Bay",
            "Republished with permission from our partners.</p>" + string.Concat(paragraphs) + "<p>Copyright the original publisher.");
    }

    private byte[] Bomb()
    {
        if (_bomb is null)
        {
            // 60 MB of spaces gzip to about 60 KB.
            using var output = new MemoryStream();
            using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                var block = new byte[1024 * 1024];
                Array.Fill(block, (byte)' ');
                for (var i = 0; i < 60; i++)
                {
                    gzip.Write(block);
                }
            }

            _bomb = output.ToArray();
        }

        return _bomb;
    }

    private static Task Text(HttpResponse response, string contentType, string text)
    {
        response.ContentType = contentType + "; charset=utf-8";
        return response.WriteAsync(text);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
