namespace Compare.Server.Tests.Hosting;

public sealed class CompareHostTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_FreshFolder_WritesOneReportPerDemoTopic()
    {
        var folder = Directory.CreateTempSubdirectory("compare-host-").FullName;
        try
        {
            await using (var host = await HostRun.StartAsync(folder))
            {
                var reports = await WaitForReportsAsync(host.ReportsPath, 6, TimeSpan.FromMinutes(4));
                Assert.Equal(6, reports.Count);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task StopAsync_MidCrawl_ReturnsWithinFiveSecondsAndKeepsTheRun()
    {
        await using var site = await SlowSite.StartAsync(Ct);
        var host = await HostRun.StartAsync(null, null, [.. site.OutletSettings(keepDemo: false)]);
        try
        {
            await site.PageRequested.WaitAsync(TimeSpan.FromMinutes(2), Ct);

            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            await host.App.StopAsync(CancellationToken.None);
            stopwatch.Stop();

            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"StopAsync took {stopwatch.Elapsed.TotalSeconds:0.0} s");
            using var store = new Compare.Storage.Sqlite.SqliteCompareStore(host.DatabasePath, TimeProvider.System);
            var run = Assert.Single(await store.CrawlRuns.ListRecentAsync(10, Ct));
            Assert.Equal(["slow"], run.OutletIds);
            Assert.NotNull(run.FinishedAt);
        }
        finally
        {
            await host.App.DisposeAsync();
            Directory.Delete(host.Folder, recursive: true);
        }
    }

    private static async Task<List<string>> WaitForReportsAsync(string folder, int count, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (Directory.Exists(folder))
            {
                var files = Directory.GetFiles(folder, "*.md").ToList();
                if (files.Count >= count)
                {
                    return files;
                }
            }

            await Task.Delay(500, Ct);
        }

        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.md").ToList() : [];
    }
}
