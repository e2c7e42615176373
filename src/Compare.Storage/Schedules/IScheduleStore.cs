namespace Compare.Storage.Schedules;

/// <summary>Crawl schedules as defined; the scheduler reads them and keeps its own trigger state.</summary>
public interface IScheduleStore
{
    /// <summary>Adds a schedule; false when the id is taken.</summary>
    Task<bool> AddAsync(CrawlSchedule schedule, CancellationToken cancellationToken);

    /// <summary>Adds or replaces a schedule (the configuration's, at every start), keeping its first creation time.</summary>
    Task UpsertAsync(CrawlSchedule schedule, CancellationToken cancellationToken);

    Task<CrawlSchedule?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every schedule, by id.</summary>
    Task<IReadOnlyList<CrawlSchedule>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Removes a schedule; false when there was none.</summary>
    Task<bool> RemoveAsync(string id, CancellationToken cancellationToken);
}
