using Compare.Storage;

namespace Compare.Server.Scheduling;

/// <summary>
/// How the Quartz scheduler of a process is set up, decided before the services are built (Quartz's builder needs it then).
/// </summary>
/// <param name="Provider">SQLite: the persistent job store in the Compare file, one process. PostgreSQL: the clustered job store.</param>
/// <param name="RunsJobs">False on an api process: its scheduler is never started, it only writes triggers the workers fire.</param>
/// <param name="CheckinInterval">How often a clustered scheduler records that it is alive.</param>
/// <param name="CheckinMisfireThreshold">How long past a missed check-in the others wait before taking over its triggers and in-flight jobs.</param>
/// <param name="IdleWait">
/// How long an idle scheduler waits before looking for due triggers again. A trigger another process adds (a crawl asked for
/// on an api process) is seen by the workers only then, so a cluster looks more often than Quartz's default 30 s.
/// </param>
public sealed record SchedulerSetup(StorageProvider Provider, bool RunsJobs, TimeSpan CheckinInterval, TimeSpan CheckinMisfireThreshold, TimeSpan IdleWait)
{
    /// <summary>
    /// The defaults: Quartz's own check-in interval and threshold (7.5 s each); an idle wait of 2 s on PostgreSQL and Quartz's
    /// 30 s on SQLite, where every trigger is added by the process that fires it and wakes it at once.
    /// </summary>
    public static SchedulerSetup For(StorageProvider provider, bool runsJobs) =>
        new(provider, runsJobs, TimeSpan.FromSeconds(7.5), TimeSpan.FromSeconds(7.5),
            provider == StorageProvider.Postgres ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(30));

    /// <summary>Reads <c>Storage:Provider</c>, <c>Worker:ClusterCheckinInterval</c>, <c>Worker:ClusterCheckinMisfireThreshold</c> and <c>Worker:SchedulerIdleWait</c>.</summary>
    public static SchedulerSetup From(IConfiguration configuration, bool runsJobs)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var defaults = For(configuration.GetValue(StorageOptions.SectionName + ":" + nameof(StorageOptions.Provider), StorageProvider.Sqlite), runsJobs);
        return defaults with
        {
            CheckinInterval = configuration.GetValue("Worker:ClusterCheckinInterval", defaults.CheckinInterval),
            CheckinMisfireThreshold = configuration.GetValue("Worker:ClusterCheckinMisfireThreshold", defaults.CheckinMisfireThreshold),
            IdleWait = configuration.GetValue("Worker:SchedulerIdleWait", defaults.IdleWait),
        };
    }
}
