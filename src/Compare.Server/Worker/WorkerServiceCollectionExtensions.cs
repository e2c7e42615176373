using System.Data.Common;
using Compare.Crawling;
using Compare.Server.Scheduling;
using Compare.Server.Stories;
using Compare.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace Compare.Server.Worker;

public static class WorkerServiceCollectionExtensions
{
    /// <summary>Key of the data source Quartz's persistent job store uses: the Compare database file.</summary>
    public const string QuartzDataSourceKey = "compare-quartz";

    /// <summary>
    /// The worker: crawl schedules on Quartz.NET with its persistent job store in the Compare database (schema created when
    /// missing), one run over every enabled outlet at start, the worker cycle, comparisons kept as snapshots, reports.
    /// Options from section <c>Worker</c>, validated on start. Needs the crawler, the stories and the analysis.
    /// </summary>
    public static IServiceCollection AddCompareWorker(this IServiceCollection services)
    {
        services.AddCompareCrawling();
        services.AddCompareStories();
        services.AddOptions<WorkerOptions>().BindConfiguration(WorkerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WorkerOptions>, WorkerOptionsValidator>());
        services.TryAddSingleton<ReportWriter>();
        services.TryAddSingleton<IComparisonFeed, ComparisonFeed>();
        services.TryAddSingleton<ComparisonRefresher>();
        services.TryAddSingleton<WorkerCycle>();
        services.TryAddSingleton<ScheduleSynchronizer>();
        services.TryAddSingleton<ScheduleService>();
        // Stop within 5 s of Ctrl-C: jobs see cancellation at once, and the host waits no longer than this for them.
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(4));

        services.AddKeyedSingleton<DbDataSource>(QuartzDataSourceKey, (sp, _) => SqliteFactory.Instance.CreateDataSource(new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(sp.GetRequiredService<IOptions<StorageOptions>>().Value.DatabasePath),
            Mode = SqliteOpenMode.ReadWriteCreate,
            // Busy waits up to 30 s while the crawler or the story store holds the write lock, instead of failing.
            DefaultTimeout = 30,
        }.ToString()));
        services.AddQuartz(q =>
        {
            q.UsePersistentStore(store =>
            {
                store.UseSqlite(source => source.DataSourceServiceKey = QuartzDataSourceKey);
                store.ProvisionSchema();
                store.UseSystemTextJsonSerializer();
            });
            q.AddJob<CrawlJob>(job => job.WithIdentity(CrawlJob.StartupKey).StoreDurably());
        });
        services.AddHostedService<StoreStartup>();
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHostedService<ScheduleSyncService>();
        // Every worker helps with the pages and stories on the shared queue; an api-only process can remove this one.
        services.AddHostedService<WorkDrainService>();
        return services;
    }
}
