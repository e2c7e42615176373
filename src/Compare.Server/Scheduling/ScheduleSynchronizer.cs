using Compare.Server.Worker;
using Compare.Storage;
using Compare.Storage.Schedules;
using Quartz;

namespace Compare.Server.Scheduling;

/// <summary>
/// Makes the scheduler's jobs match the schedules in the store: adds the new, reschedules the changed, deletes the
/// removed. An unchanged trigger is left alone, so its state in the persistent job store (the next fire time, a fire
/// missed while the host was down) carries over restarts: a missed fire runs once when the scheduler starts.
/// </summary>
internal sealed class ScheduleSynchronizer(ISchedulerFactory schedulers, ICompareStore store, TimeProvider time, ILogger<ScheduleSynchronizer> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
            var wanted = await store.Schedules.ListAsync(cancellationToken).ConfigureAwait(false);
            var existing = await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(CrawlJob.ScheduleGroup), cancellationToken).ConfigureAwait(false);
            int added = 0, changed = 0, removed = 0;
            foreach (var schedule in wanted)
            {
                var problems = ScheduleRules.Check("schedule " + schedule.Id, schedule.Id, schedule.Cron, schedule.TimeZone);
                if (problems.Count > 0)
                {
                    WorkerLog.ScheduleInvalid(logger, schedule.Id, string.Join("; ", problems));
                    continue;
                }

                var triggerKey = new TriggerKey(schedule.Id, CrawlJob.ScheduleGroup);
                var current = await scheduler.GetTrigger(triggerKey, cancellationToken).ConfigureAwait(false) as ICronTrigger;
                if (current is null)
                {
                    var job = JobBuilder.Create<CrawlJob>().WithIdentity(schedule.Id, CrawlJob.ScheduleGroup).RequestRecovery().Build();
                    await scheduler.ScheduleJob(job, Trigger(schedule, time), ScheduleJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
                    added++;
                }
                else if (current.CronExpressionString != schedule.Cron || current.TimeZone.Id != ScheduleRules.FindTimeZone(schedule.TimeZone)!.Id)
                {
                    await scheduler.RescheduleJob(triggerKey, Trigger(schedule, time), cancellationToken).ConfigureAwait(false);
                    changed++;
                }
            }

            var ids = wanted.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var key in existing.Where(k => !ids.Contains(k.Name)))
            {
                await scheduler.DeleteJob(key, cancellationToken).ConfigureAwait(false);
                removed++;
            }

            if (added + changed + removed > 0)
            {
                WorkerLog.SchedulesSynced(logger, added, changed, removed, wanted.Count);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>A cron trigger in the schedule's zone; a fire missed while the host was down runs once, then the cron goes on.</summary>
    private static ITrigger Trigger(CrawlSchedule schedule, TimeProvider time) =>
        TriggerBuilder.Create(time)
            .WithIdentity(schedule.Id, CrawlJob.ScheduleGroup)
            .StartAt(time.GetUtcNow())
            .ForJob(schedule.Id, CrawlJob.ScheduleGroup)
            .WithCronSchedule(schedule.Cron, cron => cron
                .InTimeZone(ScheduleRules.FindTimeZone(schedule.TimeZone)!)
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
}
