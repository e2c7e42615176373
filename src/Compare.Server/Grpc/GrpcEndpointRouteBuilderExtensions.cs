namespace Compare.Server.Grpc;

public static class GrpcEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the gRPC endpoints of the host: the one place gRPC services are mapped. It serves the standard health service
    /// (<c>grpc.health.v1.Health</c>); the <c>compare.v1</c> services and reflection are mapped here as they are added.
    /// </summary>
    public static IEndpointRouteBuilder MapCompareGrpc(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGrpcHealthChecksService();
        return endpoints;
    }
}
