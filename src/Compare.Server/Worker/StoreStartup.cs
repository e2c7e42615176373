using Compare.Server.Scheduling;
using Compare.Storage;
using Compare.Storage.Schedules;
using Microsoft.Extensions.Options;
using Quartz;

namespace Compare.Server.Worker;

/// <summary>
/// Runs before the scheduler starts: creates or upgrades the database (so the scheduler finds its folder) and writes the
/// configuration's schedules to it, so they are scheduled with the users' ones; then asks for one cycle at start.
/// </summary>
internal sealed class StoreStartup(
    ICompareStore store, IOptions<WorkerOptions> options, ScheduleSynchronizer synchronizer, ISchedulerFactory schedulers, TimeProvider time) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        foreach (var s in options.Value.Schedules)
        {
            var existing = await store.Schedules.GetAsync(s.Id, cancellationToken).ConfigureAwait(false);
            await store.Schedules.UpsertAsync(
                new CrawlSchedule(s.Id, s.Cron, s.TimeZone, s.Outlets, s.Watch, ScheduleSource.Configuration, existing?.CreatedAt ?? time.GetUtcNow()),
                cancellationToken).ConfigureAwait(false);
        }

        await synchronizer.SyncAsync(cancellationToken).ConfigureAwait(false);
        if (options.Value.RunAtStart)
        {
            // A stored one-shot trigger: it fires as soon as the scheduler starts, under the same rules as any other. Its key is
            // fixed, so when several processes of a cluster start together only the first one's is stored and the run happens
            // once; a process that starts after that run finished asks for a new one.
            var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
            var trigger = TriggerBuilder.Create(time).WithIdentity(CrawlJob.StartupKey.Name, CrawlJob.StartupKey.Group).ForJob(CrawlJob.StartupKey)
                .StartAt(time.GetUtcNow()).Build();
            try
            {
                await scheduler.ScheduleJob(trigger, default, cancellationToken).ConfigureAwait(false);
            }
            catch (ObjectAlreadyExistsException)
            {
                // Another process of the cluster has asked for the run at start already.
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
