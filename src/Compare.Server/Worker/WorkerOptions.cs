using System.ComponentModel.DataAnnotations;

namespace Compare.Server.Worker;

/// <summary>What the worker does and where it writes. Section <c>Worker</c>.</summary>
public sealed class WorkerOptions
{
    public const string SectionName = "Worker";

    /// <summary>Folder of the Markdown and HTML report of every compared story; relative to the current folder. Default <c>data/reports</c>.</summary>
    [Required]
    public string ReportsPath { get; set; } = Path.Combine("data", "reports");

    /// <summary>Run one cycle (crawl every enabled outlet, group, compare, report) as soon as the host starts. Default true.</summary>
    public bool RunAtStart { get; set; } = true;

    /// <summary>How often schedules added or removed outside this process (the CLI) are picked up. Default 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ScheduleSyncInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Schedules of the configuration, written to the store at every start. The shipped one crawls every 30 minutes.</summary>
    public List<ScheduleOptions> Schedules { get; set; } = [];
}
