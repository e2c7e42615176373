using System.Globalization;
using System.Text.Json;
using Compare.Server.Worker;
using Compare.Storage;
using Quartz;

namespace Compare.Server.Scheduling;

/// <summary>
/// The Quartz job behind every crawl schedule (job key = schedule id, group <see cref="ScheduleGroup"/>), behind the run at
/// start (<see cref="StartupKey"/>) and behind a crawl an api process was asked for (group <see cref="ApiGroup"/>, outlets
/// in the job's data): one worker cycle. Two runs of one job never overlap (across a cluster too: the job store blocks the
/// job's other triggers while it runs); the cycle stops when the host stops. The jobs request recovery, so on a clustered
/// store a run whose process died is fired again on another. An api run's outcome is written back into its job's data.
/// </summary>
[DisallowConcurrentExecution]
[PersistJobDataAfterExecution]
internal sealed class CrawlJob(WorkerCycle cycle, ICompareStore store, IHostApplicationLifetime lifetime, TimeProvider time, ILogger<CrawlJob> logger) : IJob
{
    public const string ScheduleGroup = "crawl";

    /// <summary>Group of the one-off jobs of crawls asked for through an api process.</summary>
    public const string ApiGroup = "api";

    /// <summary>Job data of an api run: its outlets (comma-separated), then what became of it.</summary>
    public const string OutletsKey = "outlets", QueuedAtKey = "queuedAt", StartedAtKey = "startedAt", FinishedAtKey = "finishedAt",
        StatusKey = "status", CountsKey = "counts", ErrorKey = "error";

    /// <summary>The job run once at every start, over every enabled outlet.</summary>
    public static readonly JobKey StartupKey = new("startup", "system");

    /// <summary>
    /// Names this firing: the job and the time it was scheduled for. A firing Quartz recovers on another process (its first
    /// process died mid-run) keeps its scheduled time, so it gets the same key and resumes the same crawl.
    /// </summary>
    internal static string RunKey(IJobExecutionContext context)
    {
        // A recovery trigger starts at the original firing's actual fire time, a little after the time it was scheduled for;
        // the scheduled time is in the recovery trigger's data.
        var at = (context.Recovering ? OriginalScheduledTime(context.MergedJobDataMap) : null) ?? context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        return string.Create(CultureInfo.InvariantCulture, $"{context.JobDetail.Key}@{at.ToUniversalTime():yyyy-MM-ddTHH:mm:ss.fffZ}");
    }

    /// <summary>The scheduled time of the firing a recovery trigger stands for, as Quartz wrote it into the trigger's data.</summary>
    internal static DateTimeOffset? OriginalScheduledTime(JobDataMap data)
    {
        if (!data.TryGetValue(SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime, out var value) || value is null)
        {
            return null;
        }

        if (value is DateTimeOffset time)
        {
            return time;
        }

        var text = Convert.ToString(value, CultureInfo.InvariantCulture);
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            // Milliseconds since 1970 (how Quartz writes it), or ticks.
            return number < 100_000_000_000_000L ? DateTimeOffset.FromUnixTimeMilliseconds(number) : new DateTimeOffset(number, TimeSpan.Zero);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed) ? parsed : null;
    }

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        var key = context.JobDetail.Key;
        CycleRequest request;
        if (key.Equals(StartupKey))
        {
            request = new CycleRequest("startup", [], RunKey: RunKey(context));
        }
        else if (key.Group == ApiGroup)
        {
            var outlets = context.JobDetail.JobDataMap.GetString(OutletsKey)?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [];
            request = new CycleRequest("api " + key.Name, outlets, RunKey: RunKey(context));
        }
        else
        {
            var schedule = await store.Schedules.GetAsync(key.Name, linked.Token).ConfigureAwait(false);
            if (schedule is null)
            {
                WorkerLog.ScheduleMissing(logger, key.Name);
                return;
            }

            request = new CycleRequest("schedule " + schedule.Id, schedule.OutletIds, RunKey: RunKey(context));
        }

        WorkerLog.JobStarted(logger, request.Trigger, request.RunKey!, context.Scheduler.SchedulerInstanceId, context.Recovering);
        var data = context.JobDetail.JobDataMap;
        var api = key.Group == ApiGroup;
        if (api)
        {
            data[StartedAtKey] = Now();
        }

        try
        {
            var summary = await cycle.RunAsync(request, linked.Token).ConfigureAwait(false);
            if (api)
            {
                data[CountsKey] = JsonSerializer.Serialize(summary.Crawl.Totals);
                Finish(data, "succeeded", string.Empty);
            }
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            WorkerLog.CycleCancelled(logger, request.Trigger);
            if (api)
            {
                Finish(data, "cancelled", "the worker stopped during the run");
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            WorkerLog.CycleFailed(logger, request.Trigger, ex.Message, ex);
            if (api)
            {
                Finish(data, "failed", ex.Message);
            }
        }
    }

    private void Finish(JobDataMap data, string status, string error)
    {
        data[StatusKey] = status;
        data[ErrorKey] = error;
        data[FinishedAtKey] = Now();
    }

    private string Now() => time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}
