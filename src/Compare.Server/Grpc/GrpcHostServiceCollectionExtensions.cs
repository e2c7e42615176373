using Compare.Server.Grpc.Comparisons;
using Compare.Server.Hosting;
using Compare.Server.Grpc.Crawls;
using Compare.Server.Grpc.Errors;
using Compare.Server.Grpc.Listing;
using Compare.Server.Grpc.Outlets;
using Compare.Server.Grpc.Schedules;
using Compare.Server.Grpc.Security;
using Compare.Server.Grpc.Services;
using Compare.Server.Grpc.Watches;
using Grpc.AspNetCore.Server.Model;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Compare.Server.Grpc;

public static class GrpcHostServiceCollectionExtensions
{
    /// <summary>
    /// The gRPC side of the host: the <c>compare.v1</c> services with their API-key check and error guard, server
    /// reflection, the standard health service, the size limit, and TLS when <see cref="GrpcOptions.CertificatePath"/> is set.
    /// Options from section <c>Grpc</c>, validated on start. The services are mapped by <see cref="GrpcEndpointRouteBuilderExtensions.MapCompareGrpc"/>.
    /// </summary>
    /// <remarks>
    /// A <see cref="ServerRole.Worker"/> process gets only the health service (its port answers probes); an
    /// <see cref="ServerRole.Api"/> process hands triggered crawls to the workers through the clustered scheduler.
    /// </remarks>
    public static IServiceCollection AddCompareGrpcHost(this IServiceCollection services, ServerRole role = ServerRole.All)
    {
        if (role == ServerRole.Worker)
        {
            // A worker serves no outlet RPCs but crawls the outlets as the api processes left them: loaded at start (first of
            // the hosted services, before the run at start), then again every schedule-sync interval.
            services.TryAddSingleton<OutletRegistry>();
            services.Insert(0, ServiceDescriptor.Singleton<IHostedService, OutletStartup>());
            services.AddHostedService<OutletSyncService>();
            services.AddGrpc();
            services.AddGrpcHealthChecks().AddCheck("compare", () => Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy());
            services.AddSingleton<IConfigureOptions<KestrelServerOptions>, TlsSetup>();
            services.AddOptions<GrpcOptions>().BindConfiguration(GrpcOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GrpcOptions>, GrpcOptionsValidator>());
            return services;
        }

        services.AddOptions<GrpcOptions>().BindConfiguration(GrpcOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GrpcOptions>, GrpcOptionsValidator>());
        services.AddGrpc();
        services.AddSingleton<IConfigureOptions<global::Grpc.AspNetCore.Server.GrpcServiceOptions>, GrpcLimitsSetup>();
        AddInterceptors<ComparisonGrpcService>(services);
        AddInterceptors<CrawlGrpcService>(services);
        services.AddGrpcReflection();
        services.AddGrpcHealthChecks().AddCheck("compare", () => Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy());
        // Before the host's own endpoint setup: endpoint defaults apply to the endpoints configured after them.
        services.AddSingleton<IConfigureOptions<KestrelServerOptions>, TlsSetup>();

        services.TryAddSingleton<ApiKeyRing>();
        services.TryAddSingleton<CompareRequestReader>();
        services.TryAddSingleton<ComparisonRunner>();
        services.TryAddSingleton<ReportService>();
        services.TryAddSingleton<StoryListing>();
        services.TryAddSingleton<TopicWatches>();
        services.TryAddSingleton<OutletRegistry>();
        services.TryAddSingleton<OutletRequestReader>();
        if (role == ServerRole.Api)
        {
            services.TryAddSingleton<ICrawlRuns, ClusterCrawlRuns>();
        }
        else
        {
            services.TryAddSingleton<CrawlRuns>();
            services.TryAddSingleton<ICrawlRuns>(sp => sp.GetRequiredService<CrawlRuns>());
        }

        services.TryAddSingleton<ScheduleRequests>();
        // First of the hosted services, so the run at start already sees the outlets as the API left them.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, OutletStartup>());
        // grpc-dotnet's own method provider, replaced by one that reports unreadable requests as INVALID_ARGUMENT (last, as
        // every AddGrpc call above registers the default again).
        services.RemoveAll(typeof(IServiceMethodProvider<>));
        services.AddSingleton(typeof(IServiceMethodProvider<>), typeof(ParseGuardMethodProvider<>));
        return services;
    }

    private static void AddInterceptors<TService>(IServiceCollection services)
        where TService : class =>
        services.AddGrpc().AddServiceOptions<TService>(o =>
        {
            // Outermost first: the guard sees what the key check throws as well.
            o.Interceptors.Add<CallGuardInterceptor>();
            o.Interceptors.Add<ApiKeyInterceptor>();
        });
}
