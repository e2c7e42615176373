using Compare.Crawling;
using Compare.Server.Scheduling;
using Compare.Server.Stories;
using Compare.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Compare.Server.Worker;

public static class WorkerServiceCollectionExtensions
{
    /// <summary>
    /// The worker: crawl schedules on Quartz.NET (see <see cref="SchedulingServiceCollectionExtensions.AddCompareScheduling"/>;
    /// SQLite unless <paramref name="scheduling"/> says otherwise), one run over every enabled outlet at start, the worker cycle,
    /// comparisons kept as snapshots, reports.
    /// Options from section <c>Worker</c>, validated on start. Needs the crawler, the stories and the analysis.
    /// </summary>
    public static IServiceCollection AddCompareWorker(this IServiceCollection services, SchedulerSetup? scheduling = null)
    {
        services.AddCompareCrawling();
        services.AddCompareStories();
        services.AddOptions<WorkerOptions>().BindConfiguration(WorkerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WorkerOptions>, WorkerOptionsValidator>());
        services.TryAddSingleton<ReportWriter>();
        services.TryAddSingleton<IComparisonFeed, ComparisonFeed>();
        services.TryAddSingleton<ComparisonRefresher>();
        services.TryAddSingleton<WorkerCycle>();
        // Stop within 5 s of Ctrl-C: jobs see cancellation at once, and the host waits no longer than this for them.
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(4));

        // Before the scheduler's hosted service, so the database and the schedules are in place when it starts.
        services.AddHostedService<StoreStartup>();
        scheduling ??= SchedulerSetup.For(StorageProvider.Sqlite, runsJobs: true);
        services.AddCompareScheduling(scheduling);
        services.AddHostedService<ScheduleSyncService>();
        if (scheduling.Provider == StorageProvider.Postgres)
        {
            // Every worker of a deployment helps with the pages and stories other processes' runs put on the shared queue. One
            // SQLite process has no one to help: its own runs do all their work.
            services.AddHostedService<WorkDrainService>();
        }
        return services;
    }
}
