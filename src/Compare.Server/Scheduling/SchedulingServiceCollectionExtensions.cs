using System.Data.Common;
using Compare.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;
using Quartz;

namespace Compare.Server.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>Key of the data source Quartz's persistent job store uses: the Compare database.</summary>
    public const string QuartzDataSourceKey = "compare-quartz";

    /// <summary>
    /// Quartz.NET with its persistent job store in the Compare database (schema created when missing). On SQLite the store
    /// serves one process. On PostgreSQL it is Quartz's clustered AdoJobStore: every process of the deployment shares the
    /// triggers, each firing runs on exactly one of them, and a firing whose process died is recovered by another
    /// (<see cref="SchedulerSetup.CheckinMisfireThreshold"/> after its last check-in; the crawl jobs request recovery). An
    /// api process registers the scheduler without starting it: it writes triggers and the workers fire them.
    /// </summary>
    public static IServiceCollection AddCompareScheduling(this IServiceCollection services, SchedulerSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        services.TryAddSingleton<ScheduleSynchronizer>();
        services.TryAddSingleton<ScheduleService>();
        if (setup.Provider == StorageProvider.Postgres)
        {
            // The store's own pool: Quartz's connections count against the same limit as the store's.
            services.AddKeyedSingleton<DbDataSource>(QuartzDataSourceKey, (sp, _) => sp.GetRequiredService<NpgsqlDataSource>());
        }
        else
        {
            services.AddKeyedSingleton<DbDataSource>(QuartzDataSourceKey, (sp, _) => SqliteFactory.Instance.CreateDataSource(new SqliteConnectionStringBuilder
            {
                DataSource = Path.GetFullPath(sp.GetRequiredService<IOptions<StorageOptions>>().Value.DatabasePath),
                Mode = SqliteOpenMode.ReadWriteCreate,
                // Busy waits up to 30 s while the crawler or the story store holds the write lock, instead of failing.
                DefaultTimeout = 30,
            }.ToString()));
        }

        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o => o.IdleWaitTime = setup.IdleWait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : setup.IdleWait);
            q.UsePersistentStore(store =>
            {
                if (setup.Provider == StorageProvider.Postgres)
                {
                    store.UsePostgres(source => source.DataSourceServiceKey = QuartzDataSourceKey);
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = setup.CheckinInterval;
                        c.CheckinMisfireThreshold = setup.CheckinMisfireThreshold;
                    });
                }
                else
                {
                    store.UseSqlite(source => source.DataSourceServiceKey = QuartzDataSourceKey);
                }

                // Several processes may create the schema at once; Quartz lets the loser find the winner's tables.
                store.ProvisionSchema();
                store.UseSystemTextJsonSerializer();
            });
            q.AddJob<CrawlJob>(job => job.WithIdentity(CrawlJob.StartupKey).StoreDurably().RequestRecovery());
        });
        services.AddQuartzHostedService(o =>
        {
            o.WaitForJobsToComplete = true;
            o.AutoStart = setup.RunsJobs;
        });
        return services;
    }
}
