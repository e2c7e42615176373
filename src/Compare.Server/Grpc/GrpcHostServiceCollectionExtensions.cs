
namespace Compare.Server.Grpc;

public static class GrpcHostServiceCollectionExtensions
{
    /// <summary>The gRPC framework and the standard health service; the Compare services are added by <see cref="GrpcEndpointRouteBuilderExtensions.MapCompareGrpc"/>.</summary>
    public static IServiceCollection AddCompareGrpcHost(this IServiceCollection services)
    {
        services.AddGrpc();
        services.AddGrpcHealthChecks().AddCheck("compare", () => Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy());
        return services;
    }
}
