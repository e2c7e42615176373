using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Compare.Server.Tests;

/// <summary>
/// A real Kestrel on 127.0.0.1 serving an outlet whose feed lists pages that never answer: a crawl of it is still running
/// when a test stops or kills the host. <see cref="PageRequested"/> completes when the first page is asked for.
/// </summary>
internal sealed class SlowSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TaskCompletionSource _pageRequested = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SlowSite(WebApplication app) => _app = app;

    public Task PageRequested => _pageRequested.Task;

    public Uri Address => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");

    public static async Task<SlowSite> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var site = new SlowSite(app);
        app.MapGet("/robots.txt", () => Results.NotFound());
        app.MapGet("/feed.xml", (HttpContext context) =>
        {
            var items = string.Concat(Enumerable.Range(1, 20).Select(i =>
                $"<item><title>Story {i}</title><link>{site.Address}a/{i.ToString(CultureInfo.InvariantCulture)}</link></item>"));
            return Results.Text($"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Slow</title><link>{site.Address}</link>{items}</channel></rss>",
                "application/rss+xml");
        });
        app.MapGet("/a/{id}", async (HttpContext context) =>
        {
            site._pageRequested.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
        await app.StartAsync(cancellationToken);
        return site;
    }

    /// <summary>Settings that disable the shipped outlets but the demo ones (or all) and add this site as outlet <c>slow</c>.</summary>
    public IReadOnlyList<string> OutletSettings(bool keepDemo)
    {
        var shipped = ShippedOutlets.Ids;
        var settings = new List<string>();
        for (var i = 0; i < shipped.Count; i++)
        {
            if (!keepDemo || !ShippedOutlets.IsFolder(i))
            {
                settings.Add($"Outlets:{i}:Enabled=false");
            }
        }

        var n = shipped.Count.ToString(CultureInfo.InvariantCulture);
        settings.AddRange(
        [
            $"Outlets:{n}:Id=slow",
            $"Outlets:{n}:Name=Slow Site",
            $"Outlets:{n}:HomeUrl={Address}",
            $"Outlets:{n}:Sources:0:Kind=Feed",
            $"Outlets:{n}:Sources:0:Url={Address}feed.xml",
            $"Outlets:{n}:AllowedPrivateNetworks:0=127.0.0.1",
            $"Outlets:{n}:CrawlDelay=00:00:00",
            "Crawler:ContactUrl=https://compare.test/contact",
            "Crawler:MaxRetries=0",
        ]);
        return settings;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
