namespace Compare.Storage.Schedules;

/// <summary>A crawl schedule: when (a Quartz cron expression in a time zone) and what (outlets, or a topic watch).</summary>
/// <param name="Id">Stable id, lower-case letters, digits and dashes.</param>
/// <param name="Cron">Quartz cron expression with seconds (<c>0 0/30 * * * ?</c> = every 30 minutes).</param>
/// <param name="TimeZone">IANA or Windows time zone id the expression is read in (<c>UTC</c>, <c>Europe/Paris</c>).</param>
/// <param name="OutletIds">Outlets to crawl; empty = every enabled outlet.</param>
/// <param name="WatchId">The topic watch the crawl serves, or null.</param>
/// <param name="Source">Configuration or user.</param>
/// <param name="CreatedAt">When it was first stored.</param>
public sealed record CrawlSchedule(
    string Id, string Cron, string TimeZone, IReadOnlyList<string> OutletIds, string? WatchId, ScheduleSource Source, DateTimeOffset CreatedAt);
