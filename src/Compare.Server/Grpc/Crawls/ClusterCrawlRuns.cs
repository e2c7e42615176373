using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Compare.Crawling.Configuration;
using Compare.Server.Grpc.Errors;
using Compare.Server.Scheduling;
using Compare.Storage;
using Compare.Storage.CrawlRuns;
using Quartz;
using Proto = Compare.Protos.V1;

namespace Compare.Server.Grpc.Crawls;

/// <summary>
/// TriggerCrawl and GetCrawlRun on an api process: a triggered run is a one-off job in the clustered scheduler (group
/// <see cref="CrawlJob.ApiGroup"/>, named by the run id), fired on one of the workers and recovered by another if that one
/// dies. The job is kept after it ran, with its outcome in its data, so any api process can answer GetCrawlRun; the newest
/// <see cref="CrawlRuns.Kept"/> are kept.
/// </summary>
internal sealed class ClusterCrawlRuns(ISchedulerFactory schedulers, OutletCatalog catalog, ICompareStore store, TimeProvider time) : ICrawlRuns
{
    public async Task<Proto.CrawlRun> TriggerAsync(IReadOnlyList<string> outletIds, CancellationToken cancellationToken)
    {
        var ids = CrawlRunRequest.Outlets(catalog, outletIds);
        var id = "run-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var now = time.GetUtcNow();
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var job = JobBuilder.Create<CrawlJob>()
            .WithIdentity(id, CrawlJob.ApiGroup)
            .UsingJobData(CrawlJob.OutletsKey, string.Join(',', ids))
            .UsingJobData(CrawlJob.QueuedAtKey, now.ToString("O", CultureInfo.InvariantCulture))
            .StoreDurably()
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create(time).WithIdentity(id, CrawlJob.ApiGroup).ForJob(job).StartAt(now).Build();
        await scheduler.ScheduleJob(job, trigger, default, cancellationToken).ConfigureAwait(false);
        await TrimAsync(scheduler, cancellationToken).ConfigureAwait(false);
        return CrawlRunMapping.ToProto(id, Proto.CrawlRunStatus.Queued, ids, now, null, CrawlCounts.Zero, string.Empty);
    }

    public async Task<Proto.CrawlRun> GetAsync(string id, CancellationToken cancellationToken)
    {
        Fields.Id(id, "id");
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var job = await scheduler.GetJobDetail(new JobKey(id, CrawlJob.ApiGroup), cancellationToken).ConfigureAwait(false);
        return job is null ? await CrawlRuns.FindStoredAsync(store, id, cancellationToken).ConfigureAwait(false) : ToProto(id, job.JobDataMap);
    }

    private static Proto.CrawlRun ToProto(string id, JobDataMap data)
    {
        var outlets = data.GetString(CrawlJob.OutletsKey)?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var queuedAt = Time(data, CrawlJob.QueuedAtKey) ?? DateTimeOffset.MinValue;
        var status = data.GetString(CrawlJob.StatusKey) switch
        {
            "succeeded" => Proto.CrawlRunStatus.Succeeded,
            "failed" => Proto.CrawlRunStatus.Failed,
            "cancelled" => Proto.CrawlRunStatus.Cancelled,
            _ => Proto.CrawlRunStatus.Queued,
        };
        var counts = data.GetString(CrawlJob.CountsKey) is { } json ? JsonSerializer.Deserialize<CrawlCounts>(json) ?? CrawlCounts.Zero : CrawlCounts.Zero;
        return CrawlRunMapping.ToProto(id, status, outlets, Time(data, CrawlJob.StartedAtKey) ?? queuedAt, Time(data, CrawlJob.FinishedAtKey), counts,
            data.GetString(CrawlJob.ErrorKey) ?? string.Empty);
    }

    private static DateTimeOffset? Time(JobDataMap data, string key) =>
        data.GetString(key) is { } text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) : null;

    /// <summary>Deletes the oldest finished runs beyond <see cref="CrawlRuns.Kept"/>.</summary>
    private static async Task TrimAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        var keys = await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(CrawlJob.ApiGroup), cancellationToken).ConfigureAwait(false);
        if (keys.Count <= CrawlRuns.Kept)
        {
            return;
        }

        var finished = new List<(JobKey Key, DateTimeOffset At)>();
        foreach (var key in keys)
        {
            var detail = await scheduler.GetJobDetail(key, cancellationToken).ConfigureAwait(false);
            if (detail is not null && detail.JobDataMap.GetString(CrawlJob.StatusKey) is not null)
            {
                finished.Add((key, Time(detail.JobDataMap, CrawlJob.QueuedAtKey) ?? DateTimeOffset.MinValue));
            }
        }

        foreach (var (key, _) in finished.OrderBy(f => f.At).Take(keys.Count - CrawlRuns.Kept))
        {
            await scheduler.DeleteJob(key, cancellationToken).ConfigureAwait(false);
        }
    }
}
