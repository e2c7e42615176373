using Compare.Crawling.Configuration;
using Compare.Storage;
using Compare.Storage.Schedules;

namespace Compare.Server.Scheduling;

/// <summary>Adds, lists and removes crawl schedules, validated, and applies the change to the running scheduler at once.</summary>
internal sealed class ScheduleService(ICompareStore store, ScheduleSynchronizer synchronizer, OutletCatalog outlets, TimeProvider time)
{
    /// <summary>Adds a user schedule. Throws <see cref="ArgumentException"/> naming the bad field, or <see cref="InvalidOperationException"/> when the id is taken.</summary>
    public async Task<CrawlSchedule> AddAsync(
        string id, string cron, string timeZone, IReadOnlyList<string> outletIds, string? watchId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outletIds);
        var problems = ScheduleRules.Check("schedule", id, cron, timeZone).ToList();
        problems.AddRange(outletIds.Where(o => outlets.Outlets.All(c => c.Id != o)).Select(o => $"schedule: outlet '{o}' is not configured"));
        if (watchId is not null && await store.Watches.GetAsync(watchId, cancellationToken).ConfigureAwait(false) is null)
        {
            problems.Add($"schedule: watch '{watchId}' does not exist");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems));
        }

        var schedule = new CrawlSchedule(id, cron, timeZone, outletIds, watchId, ScheduleSource.User, time.GetUtcNow());
        if (!await store.Schedules.AddAsync(schedule, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"schedule '{id}' already exists");
        }

        await synchronizer.SyncAsync(cancellationToken).ConfigureAwait(false);
        return schedule;
    }

    public Task<IReadOnlyList<CrawlSchedule>> ListAsync(CancellationToken cancellationToken) => store.Schedules.ListAsync(cancellationToken);

    /// <summary>Removes a schedule; false when there was none.</summary>
    public async Task<bool> RemoveAsync(string id, CancellationToken cancellationToken)
    {
        var removed = await store.Schedules.RemoveAsync(id, cancellationToken).ConfigureAwait(false);
        if (removed)
        {
            await synchronizer.SyncAsync(cancellationToken).ConfigureAwait(false);
        }

        return removed;
    }
}
