using Compare.Server.Scheduling;
using Quartz;

namespace Compare.Server.Tests.Scheduling;

public sealed class CrawlJobTests
{
    [Fact]
    public void OriginalScheduledTime_UnixMillisecondsAsQuartzWritesThem_IsTheScheduledTime()
    {
        var data = new JobDataMap { [SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime] = "1796484960000" };

        Assert.Equal(new DateTimeOffset(2026, 12, 5, 15, 36, 0, TimeSpan.Zero), CrawlJob.OriginalScheduledTime(data));
    }

    [Fact]
    public void OriginalScheduledTime_NotARecovery_IsNull() => Assert.Null(CrawlJob.OriginalScheduledTime(new JobDataMap()));
}
