using System.Security.Cryptography;
using Compare.Crawling.Configuration;
using Compare.Server.Grpc.Comparisons;
using Compare.Server.Grpc.Errors;
using Compare.Server.Grpc.Mapping;
using Compare.Server.Scheduling;
using Compare.Storage;
using Compare.Storage.Schedules;
using Quartz;
using Proto = Compare.Protos.V1;

namespace Compare.Server.Grpc.Schedules;

/// <summary>
/// ScheduleCrawl, ListSchedules and DeleteSchedule over the worker's <see cref="ScheduleService"/>, which applies every change
/// to the running scheduler at once; fire times come from the scheduler's triggers.
/// </summary>
internal sealed class ScheduleRequests(ScheduleService schedules, OutletCatalog outlets, ICompareStore store, ISchedulerFactory schedulers)
{
    public async Task<Proto.Schedule> AddAsync(Proto.ScheduleCrawlRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        Fields.Text(request.Name, "name", Fields.MaxIdLength);
        var id = request.Id.Length > 0
            ? Fields.Slug(request.Id, "id")
            : request.Name.Any(char.IsAsciiLetterOrDigit) ? CompareRequestReader.IdFrom(request.Name) : "api-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        if (string.IsNullOrWhiteSpace(request.Cron) || !CronExpression.TryParse(request.Cron, out _))
        {
            throw RpcErrors.InvalidArgument("cron", $"'{Fields.Shorten(request.Cron)}' is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week, e.g. '0 0/30 * * * ?')");
        }

        var zone = request.TimeZone.Length == 0 ? "UTC" : request.TimeZone;
        if (ScheduleRules.FindTimeZone(zone) is null)
        {
            throw RpcErrors.InvalidArgument("time_zone", $"'{Fields.Shorten(zone)}' is not a known time zone (e.g. 'UTC', 'Europe/Berlin')");
        }

        var outletIds = request.Outlets?.Ids.ToList() ?? [];
        for (var i = 0; i < outletIds.Count; i++)
        {
            Fields.Id(outletIds[i], $"outlets.ids[{i}]");
            if (outlets.Outlets.All(o => o.Id != outletIds[i]))
            {
                throw RpcErrors.NotFound($"outlets.ids[{i}]: no outlet '{outletIds[i]}' (see ListOutlets)");
            }
        }

        string? watchId = null;
        if (request.ScopeCase == Proto.ScheduleCrawlRequest.ScopeOneofCase.WatchId)
        {
            watchId = Fields.Slug(request.WatchId, "watch_id");
            if (await store.Watches.GetAsync(watchId, cancellationToken).ConfigureAwait(false) is null)
            {
                throw RpcErrors.NotFound($"watch_id: no topic watch '{watchId}' (see ListTopicWatches)");
            }
        }

        if (await store.Schedules.GetAsync(id, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw RpcErrors.AlreadyExists($"id: schedule '{id}' already exists");
        }

        CrawlSchedule added;
        try
        {
            added = await schedules.AddAsync(id, request.Cron, zone, outletIds.Distinct(StringComparer.Ordinal).ToList(), watchId, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            throw RpcErrors.AlreadyExists($"id: schedule '{id}' already exists");
        }
        catch (ArgumentException ex)
        {
            throw RpcErrors.InvalidArgument("schedule", ex.Message);
        }

        return await ToProtoAsync(added, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Proto.Schedule>> ListAsync(CancellationToken cancellationToken)
    {
        var list = new List<Proto.Schedule>();
        foreach (var s in await schedules.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(await ToProtoAsync(s, cancellationToken).ConfigureAwait(false));
        }

        return list;
    }

    public async Task RemoveAsync(string id, CancellationToken cancellationToken)
    {
        var schedule = await store.Schedules.GetAsync(id, cancellationToken).ConfigureAwait(false)
            ?? throw RpcErrors.NotFound($"id: no schedule '{id}' (see ListSchedules)");
        if (schedule.Source == ScheduleSource.Configuration)
        {
            throw RpcErrors.FailedPrecondition($"schedule '{id}' comes from the configuration (Worker:Schedules) and returns at every start: remove it there");
        }

        if (!await schedules.RemoveAsync(id, cancellationToken).ConfigureAwait(false))
        {
            throw RpcErrors.NotFound($"id: no schedule '{id}' (see ListSchedules)");
        }
    }

    private async Task<Proto.Schedule> ToProtoAsync(CrawlSchedule s, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var trigger = await scheduler.GetTrigger(new TriggerKey(s.Id, CrawlJob.ScheduleGroup), cancellationToken).ConfigureAwait(false);
        var next = trigger?.NextFireTimeUtc ?? (ScheduleRules.FindTimeZone(s.TimeZone) is null ? null : ScheduleRules.NextFire(s.Cron, s.TimeZone, DateTimeOffset.UtcNow));
        return new Proto.Schedule
        {
            Id = s.Id,
            Name = s.Id,
            Cron = s.Cron,
            TimeZone = s.TimeZone,
            OutletIds = { s.OutletIds },
            WatchId = s.WatchId ?? string.Empty,
            NextFireAt = Timestamps.FromOrNull(next),
            PreviousFireAt = Timestamps.FromOrNull(trigger?.PreviousFireTimeUtc),
        };
    }
}
