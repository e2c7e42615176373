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
