using Compare.Server.Grpc.Security;
using Compare.Server.Hosting;
using Compare.Server.Grpc.Services;

namespace Compare.Server.Grpc;

public static class GrpcEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the gRPC endpoints of the host, the one place they are mapped: <c>compare.v1.ComparisonService</c>,
    /// <c>compare.v1.CrawlService</c>, server reflection (<c>grpc.reflection.v1alpha</c>, so grpcurl and other generic
    /// clients can list and call everything) and the standard health service (<c>grpc.health.v1.Health</c>).
    /// </summary>
    /// <remarks>A <see cref="ServerRole.Worker"/> process maps the health service alone.</remarks>
    public static IEndpointRouteBuilder MapCompareGrpc(this IEndpointRouteBuilder endpoints, ServerRole role = ServerRole.All)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (role == ServerRole.Worker)
        {
            endpoints.MapGrpcHealthChecksService();
            return endpoints;
        }

        // Made now rather than at the first call, so a generated key is in its file when the server starts listening.
        endpoints.ServiceProvider.GetRequiredService<ApiKeyRing>();
        endpoints.MapGrpcService<ComparisonGrpcService>();
        endpoints.MapGrpcService<CrawlGrpcService>();
        endpoints.MapGrpcReflectionService();
        endpoints.MapGrpcHealthChecksService();
        return endpoints;
    }
}
