using Compare.Server.Worker;
using Compare.Storage;
using Quartz;

namespace Compare.Server.Scheduling;

/// <summary>
/// The Quartz job behind every crawl schedule (job key = schedule id, group <see cref="ScheduleGroup"/>) and behind the
/// run at start (<see cref="StartupKey"/>): one worker cycle over the schedule's outlets. Two runs of one schedule never
/// overlap; the cycle stops when the host stops.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class CrawlJob(WorkerCycle cycle, ICompareStore store, IHostApplicationLifetime lifetime, ILogger<CrawlJob> logger) : IJob
{
    public const string ScheduleGroup = "crawl";

    /// <summary>The job run once at every start, over every enabled outlet.</summary>
    public static readonly JobKey StartupKey = new("startup", "system");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        var key = context.JobDetail.Key;
        CycleRequest request;
        if (key.Equals(StartupKey))
        {
            request = new CycleRequest("startup", []);
        }
        else
        {
            var schedule = await store.Schedules.GetAsync(key.Name, linked.Token).ConfigureAwait(false);
            if (schedule is null)
            {
                WorkerLog.ScheduleMissing(logger, key.Name);
                return;
            }

            request = new CycleRequest("schedule " + schedule.Id, schedule.OutletIds);
        }

        try
        {
            await cycle.RunAsync(request, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            WorkerLog.CycleCancelled(logger, request.Trigger);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            WorkerLog.CycleFailed(logger, request.Trigger, ex.Message, ex);
        }
    }
}
