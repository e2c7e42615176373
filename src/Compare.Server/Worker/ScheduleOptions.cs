namespace Compare.Server.Worker;

/// <summary>A crawl schedule in the configuration (<c>Worker:Schedules</c>).</summary>
public sealed class ScheduleOptions
{
    /// <summary>Id, lower-case letters, digits and dashes.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Quartz cron expression with seconds: <c>0 0/30 * * * ?</c> runs at :00 and :30.</summary>
    public string Cron { get; set; } = string.Empty;

    /// <summary>Time zone the expression is read in (IANA or Windows id). Default <c>UTC</c>.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Outlets to crawl; empty = every enabled outlet.</summary>
    public List<string> Outlets { get; set; } = [];

    /// <summary>Topic watch the crawl serves, or none.</summary>
    public string? Watch { get; set; }
}
