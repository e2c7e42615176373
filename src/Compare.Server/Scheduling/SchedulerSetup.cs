using Compare.Storage;

namespace Compare.Server.Scheduling;

/// <summary>
/// How the Quartz scheduler of a process is set up, decided before the services are built (Quartz's builder needs it then).
/// </summary>
/// <param name="Provider">SQLite: the persistent job store in the Compare file, one process. PostgreSQL: the clustered job store.</param>
/// <param name="RunsJobs">False on an api process: its scheduler is never started, it only writes triggers the workers fire.</param>
/// <param name="CheckinInterval">How often a clustered scheduler records that it is alive.</param>
/// <param name="CheckinMisfireThreshold">How long past a missed check-in the others wait before taking over its triggers and in-flight jobs.</param>
public sealed record SchedulerSetup(StorageProvider Provider, bool RunsJobs, TimeSpan CheckinInterval, TimeSpan CheckinMisfireThreshold)
{
    /// <summary>The defaults: Quartz's own check-in interval and threshold (7.5 s each).</summary>
    public static SchedulerSetup For(StorageProvider provider, bool runsJobs) =>
        new(provider, runsJobs, TimeSpan.FromSeconds(7.5), TimeSpan.FromSeconds(7.5));

    /// <summary>Reads <c>Storage:Provider</c>, <c>Worker:ClusterCheckinInterval</c> and <c>Worker:ClusterCheckinMisfireThreshold</c>.</summary>
    public static SchedulerSetup From(IConfiguration configuration, bool runsJobs)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var defaults = For(configuration.GetValue(StorageOptions.SectionName + ":" + nameof(StorageOptions.Provider), StorageProvider.Sqlite), runsJobs);
        return defaults with
        {
            CheckinInterval = configuration.GetValue("Worker:ClusterCheckinInterval", defaults.CheckinInterval),
            CheckinMisfireThreshold = configuration.GetValue("Worker:ClusterCheckinMisfireThreshold", defaults.CheckinMisfireThreshold),
        };
    }
}
