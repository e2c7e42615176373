using Compare.Protos.V1;
using Grpc.Core;

namespace Compare.Server.Tests.Grpc.Security;

public sealed class ApiKeyInterceptorTests(GrpcHostFixture host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DeleteScheduleRequest Delete = new() { Id = "no-such-schedule" };

    [Fact]
    public async Task StateChangingCall_NoKey_IsUnauthenticated()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => host.Crawls.DeleteScheduleAsync(Delete, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Contains("x-api-key", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyCall_UnknownKey_IsUnauthenticated()
    {
        var write = await Assert.ThrowsAsync<RpcException>(() => host.Crawls.DeleteScheduleAsync(Delete, GrpcHostFixture.Key("wrong-key-0123456789"), cancellationToken: Ct).ResponseAsync);
        var read = await Assert.ThrowsAsync<RpcException>(() => host.Crawls.ListOutletsAsync(new ListOutletsRequest(), GrpcHostFixture.Key(GrpcHostFixture.WriteKey[..^1]), cancellationToken: Ct).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, write.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, read.StatusCode);
    }

    [Fact]
    public async Task StateChangingCall_ReadOnlyKey_IsPermissionDenied()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => host.Crawls.DeleteScheduleAsync(Delete, GrpcHostFixture.Key(GrpcHostFixture.ReadKey), cancellationToken: Ct).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.Contains("reader", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StateChangingCall_ReadWriteKey_ReachesTheService()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => host.Crawls.DeleteScheduleAsync(Delete, GrpcHostFixture.Key(GrpcHostFixture.WriteKey), cancellationToken: Ct).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task ReadCall_NoKeyOrReadKey_IsAnswered()
    {
        var open = await host.Crawls.ListSchedulesAsync(new ListSchedulesRequest(), cancellationToken: Ct);
        var keyed = await host.Crawls.ListSchedulesAsync(new ListSchedulesRequest(), GrpcHostFixture.Key(GrpcHostFixture.ReadKey), cancellationToken: Ct);

        Assert.Contains(open.Schedules, s => s.Id == "default");
        Assert.Equal(open.Schedules.Count, keyed.Schedules.Count);
    }
}
