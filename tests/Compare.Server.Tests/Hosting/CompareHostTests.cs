using Compare.Server.Scheduling;
using Compare.Storage.Sqlite;
using Compare.Storage.Stories;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

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
                var topics = DemoCorpus.Topics();
                using var store = new SqliteCompareStore(host.DatabasePath, TimeProvider.System);
                var stories = await store.Stories.ListAsync(Ct);
                Assert.Equal(topics.Count, stories.Count);
                foreach (var (topic, urls) in topics)
                {
                    // Exactly one story holds the topic's articles, and nothing else; its report cites every one of them.
                    var story = Assert.Single(stories, s => s.ArticleCount == urls.Count && s.OutletIds.Count == urls.Count
                        && MemberUrls(store, s.Id).Order().SequenceEqual(urls.Order()));
                    var report = Assert.Single(reports, r => Path.GetFileName(r).StartsWith(story.Id + "-", StringComparison.Ordinal));
                    var markdown = await File.ReadAllTextAsync(report, Ct);
                    Assert.All(urls, u => Assert.Contains(u, markdown, StringComparison.Ordinal));
                    Assert.True(File.Exists(Path.ChangeExtension(report, ".html")), $"no HTML report beside {report} ({topic})");
                }

                using var channel = GrpcChannel.ForAddress(host.Address);
                var health = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest(), cancellationToken: Ct);
                Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
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

    [Fact]
    public async Task Restart_SameFolder_KeepsSchedulesStoriesAndSnapshotsAndRecomputesNothing()
    {
        var folder = Directory.CreateTempSubdirectory("compare-host-").FullName;
        try
        {
            IReadOnlyList<StoredStory> before;
            await using (var first = await HostRun.StartAsync(folder))
            {
                await WaitForReportsAsync(first.ReportsPath, 6, TimeSpan.FromMinutes(4));
                await first.App.Services.GetRequiredService<ScheduleService>().AddAsync("nightly", "0 0 3 * * ?", "UTC", [], null, Ct);
                using var store = new SqliteCompareStore(first.DatabasePath, TimeProvider.System);
                before = await store.Stories.ListAsync(Ct);
            }

            await using var second = await HostRun.StartAsync(folder);
            using var reopened = new SqliteCompareStore(second.DatabasePath, TimeProvider.System);
            // The start-up cycle of the second run finds every page unchanged.
            await WaitAsync(async () => (await reopened.CrawlRuns.ListRecentAsync(10, Ct)).Count(r => r.FinishedAt is not null) == 2);
            await WaitAsync(async () => (await reopened.Stories.ListAsync(Ct)).Count == 6);

            var after = await reopened.Stories.ListAsync(Ct);
            Assert.Equal(before.Select(s => (s.Id, s.MemberSignature, s.SnapshotVersion)).Order(), after.Select(s => (s.Id, s.MemberSignature, s.SnapshotVersion)).Order());
            Assert.All(after, s => Assert.Equal(1, s.SnapshotVersion));
            Assert.Equal(["default", "nightly"], (await reopened.Schedules.ListAsync(Ct)).Select(s => s.Id));
            var scheduler = await second.App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct);
            Assert.NotNull(await scheduler.GetTrigger(new TriggerKey("nightly", CrawlJob.ScheduleGroup), Ct));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Start_BadSettings_FailsNamingEachBadSetting()
    {
        var folder = Directory.CreateTempSubdirectory("compare-host-").FullName;
        try
        {
            var ex = await Assert.ThrowsAsync<AggregateException>(() => HostRun.StartAsync(folder, null,
                "Worker:Schedules:0:Cron=every day", "Server:Address=localhost", "Stories:JoinThreshold=1.5"));

            var message = string.Join("\n", ex.InnerExceptions.OfType<OptionsValidationException>().SelectMany(e => e.Failures));
            Assert.Contains("Worker:Schedules[0]: Cron 'every day' is not a Quartz cron expression", message, StringComparison.Ordinal);
            Assert.Contains("Server:Address 'localhost' is not an IP address", message, StringComparison.Ordinal);
            Assert.Contains("Stories:JoinThreshold must be between 0 and 1, is 1.5", message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IEnumerable<string> MemberUrls(SqliteCompareStore store, string storyId) =>
        store.Stories.ListMembersAsync(storyId, Ct).GetAwaiter().GetResult()
            .Select(id => store.Articles.GetAsync(id, Ct).GetAwaiter().GetResult()!.Article.CanonicalUrl.AbsoluteUri);

    private static async Task WaitAsync(Func<Task<bool>> condition)
    {
        var until = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, "timed out");
            await Task.Delay(250, Ct);
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
