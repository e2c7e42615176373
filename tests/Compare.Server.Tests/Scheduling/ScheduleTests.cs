using Compare.Server.Scheduling;
using Compare.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace Compare.Server.Tests.Scheduling;

public sealed class ScheduleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] EveryMinute =
    [
        "Worker:RunAtStart=false",
        "Worker:Schedules:0:Cron=0 * * * * ?",
        "Worker:Schedules:0:TimeZone=UTC",
    ];

    private static async Task<int> CrawlRunsAsync(string database)
    {
        using var store = new SqliteCompareStore(database, TimeProvider.System);
        return (await store.CrawlRuns.ListRecentAsync(100, Ct)).Count;
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, "timed out waiting");
            await Task.Delay(200, Ct);
        }
    }

    [Fact]
    public async Task Schedule_CronTimeComes_CrawlRuns()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 11, 9, 0, 10, TimeSpan.Zero));
        await using var host = await HostRun.StartAsync(null, b => b.Services.AddSingleton<TimeProvider>(time), EveryMinute);
        await Task.Delay(1000, Ct);
        Assert.Equal(0, await CrawlRunsAsync(host.DatabasePath));

        // Time moves a second at a time, as a clock does, so every wait the scheduler starts in between comes due.
        for (var i = 0; i < 70 && await CrawlRunsAsync(host.DatabasePath) == 0; i++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(50, Ct);
        }

        await WaitForAsync(async () => await CrawlRunsAsync(host.DatabasePath) == 1, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Schedule_AddedThroughTheService_IsInTheSchedulerAtOnce()
    {
        await using var host = await HostRun.StartAsync(null, null, "Worker:RunAtStart=false");
        var service = host.App.Services.GetRequiredService<ScheduleService>();

        await service.AddAsync("morning", "0 0 6 * * ?", "Europe/Paris", ["blog"], null, Ct);

        var scheduler = await host.App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct);
        var trigger = Assert.IsAssignableFrom<ICronTrigger>(await scheduler.GetTrigger(new TriggerKey("morning", CrawlJob.ScheduleGroup), Ct));
        Assert.Equal("0 0 6 * * ?", trigger.CronExpressionString);
        Assert.Equal(ScheduleRules.FindTimeZone("Europe/Paris")!.Id, trigger.TimeZone.Id);
        await Assert.ThrowsAsync<InvalidOperationException>(() => service.AddAsync("morning", "0 0 7 * * ?", "UTC", [], null, Ct));
        var bad = await Assert.ThrowsAsync<ArgumentException>(() => service.AddAsync("x", "0 0 25 * * ?", "Nowhere/Place", ["nope"], null, Ct));
        Assert.Contains("Cron '0 0 25 * * ?'", bad.Message, StringComparison.Ordinal);
        Assert.Contains("TimeZone 'Nowhere/Place'", bad.Message, StringComparison.Ordinal);
        Assert.Contains("outlet 'nope'", bad.Message, StringComparison.Ordinal);

        Assert.True(await service.RemoveAsync("morning", Ct));
        Assert.Null(await scheduler.GetTrigger(new TriggerKey("morning", CrawlJob.ScheduleGroup), Ct));
    }

    [Fact]
    public async Task Schedule_MissedWhileTheHostWasDown_RunsOnceAtStart()
    {
        var folder = Directory.CreateTempSubdirectory("compare-host-").FullName;
        string[] everyHalfHour = ["Worker:RunAtStart=false", "Worker:Schedules:0:Cron=0 0/30 * * * ?", "Worker:Schedules:0:TimeZone=UTC"];
        try
        {
            var before = new FakeTimeProvider(new DateTimeOffset(2026, 6, 11, 9, 0, 10, TimeSpan.Zero));
            await using (await HostRun.StartAsync(folder, b => b.Services.AddSingleton<TimeProvider>(before), everyHalfHour))
            {
                await Task.Delay(500, Ct);
            }

            Assert.Equal(0, await CrawlRunsAsync(Path.Combine(folder, "data", "compare.db")));

            // Down from 09:00 to 11:00:10: the 09:30, 10:00, 10:30 and 11:00 fires were missed.
            var after = new FakeTimeProvider(new DateTimeOffset(2026, 6, 11, 11, 0, 10, TimeSpan.Zero));
            await using var host = await HostRun.StartAsync(folder, b => b.Services.AddSingleton<TimeProvider>(after), everyHalfHour);
            await WaitForAsync(async () => await CrawlRunsAsync(host.DatabasePath) >= 1, TimeSpan.FromMinutes(1));
            await Task.Delay(3000, Ct);

            Assert.Equal(1, await CrawlRunsAsync(host.DatabasePath));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
