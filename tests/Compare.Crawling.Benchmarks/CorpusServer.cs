using System.Net;
using System.Security.Cryptography;
using System.Text;
using Compare.Core.Corpus;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace Compare.Crawling.Benchmarks;

/// <summary>
/// Kestrel on 127.0.0.1:0 serving the demo corpus: each outlet's feed at <c>/{outlet}/feed.xml</c> (its base URL
/// rewritten to this server) and each page at its canonical path under <c>/{outlet}/</c>, with ETags honoured.
/// </summary>
internal sealed class CorpusServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    private CorpusServer(WebApplication app, CorpusCatalog catalog)
    {
        _app = app;
        Catalog = catalog;
    }

    public CorpusCatalog Catalog { get; }

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<CorpusServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http1));
        var app = builder.Build();
        var server = new CorpusServer(app, CorpusCatalog.Load(Path.Combine(ExtractionPages.RepoRoot, CorpusCatalog.RelativePath)));
        app.Run(server.ServeAsync);
        await app.StartAsync().ConfigureAwait(false);
        server.BaseUrl = new Uri(app.Urls.First() + "/");
        foreach (var outlet in server.Catalog.Outlets)
        {
            var prefix = new Uri(server.BaseUrl, outlet.Outlet.Id + "/").AbsoluteUri;
            server._files[$"/{outlet.Outlet.Id}/feed.xml"] = Encoding.UTF8.GetBytes(
                File.ReadAllText(outlet.FeedPath).Replace(outlet.Outlet.HomeUrl.AbsoluteUri, prefix, StringComparison.Ordinal));
            foreach (var topic in server.Catalog.Topics.Where(t => t.Gold.Articles.Any(a => a.Outlet == outlet.Outlet.Id)))
            {
                var path = topic.PagePath(outlet.Outlet.Id);
                server._files[$"/{outlet.Outlet.Id}{CorpusPage.Load(path, outlet).Metadata.CanonicalUrl!.AbsolutePath}"] = File.ReadAllBytes(path);
            }
        }

        return server;
    }

    private async Task ServeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path == "/robots.txt")
        {
            await context.Response.WriteAsync("User-agent: *\nAllow: /\n").ConfigureAwait(false);
            return;
        }

        if (!_files.TryGetValue(path, out var file))
        {
            context.Response.StatusCode = 404;
            return;
        }

        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(file))[..16] + "\"";
        context.Response.Headers.ETag = etag;
        if (context.Request.Headers.IfNoneMatch == etag)
        {
            context.Response.StatusCode = 304;
            return;
        }

        context.Response.ContentType = path.EndsWith(".xml", StringComparison.Ordinal) ? "application/rss+xml; charset=utf-8" : "text/html; charset=utf-8";
        await context.Response.Body.WriteAsync(file).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
