using Compare.Crawling;
using Compare.Server.Analysis;
using Compare.Server.Grpc;
using Compare.Server.Scheduling;
using Compare.Server.Stories;
using Compare.Server.Worker;
using Compare.Storage;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Compare.Server.Hosting;

/// <summary>Composes the host: configuration, services, the Kestrel endpoint and the gRPC endpoints. Program.cs and the tests start it the same way.</summary>
public static class CompareHost
{
    /// <summary>
    /// Builds the host for the role in <c>--role</c> / <c>Server:Role</c> (see <see cref="ServerRole"/>); <paramref name="configure"/> lets a
    /// test replace settings or services before it is built.
    /// </summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        CompareConfiguration.Apply(builder.Configuration, args);
        var role = CompareConfiguration.Role(builder.Configuration);
        var scheduling = SchedulerSetup.From(builder.Configuration, runsJobs: role != ServerRole.Api);
        var services = builder.Services;
        services.AddCompareStorage().AddCompareAnalysis().AddCompareStories();
        if (scheduling.Provider == StorageProvider.Postgres)
        {
            // Comparisons stored by any process reach the WatchFindings streams of every process (LISTEN/NOTIFY).
            services.TryAddSingleton<PostgresComparisonFeed>();
            services.TryAddSingleton<IComparisonFeed>(sp => sp.GetRequiredService<PostgresComparisonFeed>());
            services.AddHostedService(sp => sp.GetRequiredService<PostgresComparisonFeed>());
        }

        if (role == ServerRole.Api)
        {
            // No worker: the scheduler is registered but never started; crawls asked for here are fired on the workers.
            services.AddCompareCrawling();
            services.TryAddSingleton<IComparisonFeed, ComparisonFeed>();
            services.AddHostedService<ApiStartup>();
            services.AddCompareScheduling(scheduling);
        }
        else
        {
            services.AddCompareWorker(scheduling);
        }

        services.AddCompareGrpcHost(role);
        if (role == ServerRole.All && scheduling.Provider == StorageProvider.Postgres)
        {
            // Beside api processes: their outlet changes reach this process's crawls too.
            services.AddHostedService<Grpc.Outlets.OutletSyncService>();
        }

        services.AddOptions<ServerOptions>().BindConfiguration(ServerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<ServerOptions>, ServerOptionsValidator>();
        services.AddSingleton<IConfigureOptions<KestrelServerOptions>, KestrelSetup>();
        configure?.Invoke(builder);
        var app = builder.Build();
        app.MapCompareGrpc(role);
        return app;
    }
}
