using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Compare.Crawling.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Compare.Crawling.Benchmarks;

/// <summary>
/// End-to-end crawl of the corpus served by a local Kestrel (6 feeds, 26 pages: robots.txt, fetch, extraction,
/// SimHash, SQLite), into a fresh database each time; and a re-crawl where every page answers 304.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 8)]
public class CrawlBenchmarks
{
    private CorpusServer _server = null!;
    private string _folder = string.Empty;
    private ServiceProvider _fresh = null!;
    private ServiceProvider _warm = null!;
    private int _run;

    [GlobalSetup]
    public void Setup()
    {
        _server = CorpusServer.StartAsync().GetAwaiter().GetResult();
        _folder = Directory.CreateTempSubdirectory("compare-bench-").FullName;
        _warm = Services("warm.db");
        _warm.GetRequiredService<CrawlService>().RunAsync(null, null, CancellationToken.None).GetAwaiter().GetResult();
    }

    [IterationSetup(Target = nameof(CrawlServedCorpus))]
    public void FreshDatabase() => _fresh = Services(string.Create(CultureInfo.InvariantCulture, $"fresh-{_run++}.db"));

    [IterationCleanup(Target = nameof(CrawlServedCorpus))]
    public void DropFresh() => _fresh.Dispose();

    [Benchmark(Description = "crawl served corpus (26 pages, new)")]
    public int CrawlServedCorpus() => _fresh.GetRequiredService<CrawlService>().RunAsync(null, null, CancellationToken.None).GetAwaiter().GetResult().Totals.New;

    [Benchmark(Description = "re-crawl served corpus (26 x 304)")]
    public int RecrawlAllNotModified() =>
        _warm.GetRequiredService<CrawlService>().RunAsync(null, null, CancellationToken.None).GetAwaiter().GetResult().Totals.NotModified;

    [GlobalCleanup]
    public void Cleanup()
    {
        _warm.Dispose();
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private ServiceProvider Services(string database)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Crawler:ContactUrl"] = "http://127.0.0.1/benchmarks",
            ["Crawler:DefaultCrawlDelay"] = "00:00:00",
            ["Crawler:MaxConcurrencyPerHost"] = "8",
            ["Storage:DatabasePath"] = Path.Combine(_folder, database),
        };
        var outlets = _server.Catalog.Outlets;
        for (var i = 0; i < outlets.Count; i++)
        {
            var p = string.Create(CultureInfo.InvariantCulture, $"Outlets:{i}:");
            settings[p + "Id"] = outlets[i].Outlet.Id;
            settings[p + "Name"] = outlets[i].Outlet.Name;
            settings[p + "HomeUrl"] = outlets[i].Outlet.HomeUrl.AbsoluteUri;
            settings[p + "Sources:0:Kind"] = "Feed";
            settings[p + "Sources:0:Url"] = new Uri(_server.BaseUrl, outlets[i].Outlet.Id + "/feed.xml").AbsoluteUri;
            settings[p + "AllowedPrivateNetworks:0"] = "127.0.0.1";
        }

        return CrawlingServices.Build(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
    }
}
