using System.Globalization;
using Compare.Crawling.Pipeline;
using Compare.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Compare.Crawling.Tests.Pipeline;

/// <summary>
/// The crawler's real services over a temporary SQLite file, configured like a user would: outlets whose feeds are on
/// the <see cref="TestSite"/>, 127.0.0.1 explicitly allowed by each outlet, short timeouts, no crawl delay.
/// </summary>
public sealed class CrawlHarness : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("compare-crawl-").FullName;
    private readonly ServiceProvider _services;

    public CrawlHarness(IReadOnlyDictionary<string, string?> settings)
    {
        var all = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Crawler:ContactUrl"] = "http://127.0.0.1/crawler-tests",
            ["Crawler:AttemptTimeout"] = "00:00:01",
            ["Crawler:RequestTimeout"] = "00:00:06",
            ["Crawler:MaxRetries"] = "1",
            ["Crawler:RetryBaseDelay"] = "00:00:00.050",
            ["Crawler:MaxRetryDelay"] = "00:00:02",
            ["Crawler:DefaultCrawlDelay"] = "00:00:00",
            ["Storage:DatabasePath"] = Path.Combine(_folder, "compare.db"),
        };
        foreach (var (k, v) in settings)
        {
            all[k] = v;
        }

        _services = CrawlingServices.Build(new ConfigurationBuilder().AddInMemoryCollection(all).Build());
    }

    public ICompareStore Store => _services.GetRequiredService<ICompareStore>();

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public Task<CrawlSummary> CrawlAsync(params string[] outletIds) =>
        _services.GetRequiredService<CrawlService>().RunAsync(outletIds, null, TestContext.Current.CancellationToken);

    /// <summary>Configuration keys of one outlet with HTTP sources on the test site.</summary>
    public static Dictionary<string, string?> Outlet(int index, string id, Uri home, params Uri[] feeds)
    {
        var p = string.Create(CultureInfo.InvariantCulture, $"Outlets:{index}:");
        var d = new Dictionary<string, string?>
        {
            [p + "Id"] = id,
            [p + "Name"] = id,
            [p + "HomeUrl"] = home.AbsoluteUri,
            [p + "AllowedPrivateNetworks:0"] = "127.0.0.1",
        };
        for (var i = 0; i < feeds.Length; i++)
        {
            d[p + string.Create(CultureInfo.InvariantCulture, $"Sources:{i}:Kind")] = "Feed";
            d[p + string.Create(CultureInfo.InvariantCulture, $"Sources:{i}:Url")] = feeds[i].AbsoluteUri;
        }

        return d;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
