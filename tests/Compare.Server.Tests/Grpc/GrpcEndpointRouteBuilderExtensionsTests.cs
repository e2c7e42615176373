using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;

namespace Compare.Server.Tests.Grpc;

public sealed class GrpcEndpointRouteBuilderExtensionsTests(GrpcHostFixture host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Health_Check_IsServing()
    {
        var response = await new Health.HealthClient(host.Channel).CheckAsync(new HealthCheckRequest(), cancellationToken: Ct);

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task Reflection_ListServices_NamesBothCompareServicesAndHealth()
    {
        using var call = new ServerReflection.ServerReflectionClient(host.Channel).ServerReflectionInfo(cancellationToken: Ct);
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = string.Empty }, Ct);
        await call.RequestStream.CompleteAsync();

        Assert.True(await call.ResponseStream.MoveNext(Ct));
        var names = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();
        Assert.Contains("compare.v1.ComparisonService", names);
        Assert.Contains("compare.v1.CrawlService", names);
        Assert.Contains("grpc.health.v1.Health", names);
    }

    [Fact]
    public async Task Reflection_FileContainingSymbol_GivesTheComparisonProtoWithItsDependencies()
    {
        using var call = new ServerReflection.ServerReflectionClient(host.Channel).ServerReflectionInfo(cancellationToken: Ct);
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { FileContainingSymbol = "compare.v1.ComparisonService" }, Ct);
        await call.RequestStream.CompleteAsync();

        Assert.True(await call.ResponseStream.MoveNext(Ct));
        var files = call.ResponseStream.Current.FileDescriptorResponse.FileDescriptorProto
            .Select(b => Google.Protobuf.Reflection.FileDescriptorProto.Parser.ParseFrom(b).Name).ToList();
        Assert.Contains("compare/v1/comparison.proto", files);
    }
}
