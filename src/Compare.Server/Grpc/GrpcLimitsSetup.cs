using Grpc.AspNetCore.Server;
using Microsoft.Extensions.Options;

namespace Compare.Server.Grpc;

/// <summary>The largest request every service takes (<see cref="GrpcOptions.MaxMessageBytes"/>): a larger one ends in RESOURCE_EXHAUSTED before it is read.</summary>
internal sealed class GrpcLimitsSetup(IOptions<GrpcOptions> options) : IConfigureOptions<GrpcServiceOptions>
{
    public void Configure(GrpcServiceOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        o.MaxReceiveMessageSize = options.Value.MaxMessageBytes;
        o.EnableDetailedErrors = false;
    }
}
