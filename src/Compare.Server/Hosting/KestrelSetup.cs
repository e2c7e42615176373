using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Compare.Server.Hosting;

/// <summary>One Kestrel endpoint at <see cref="ServerOptions"/>, HTTP/2 only: gRPC over cleartext (h2c) needs prior knowledge.</summary>
internal sealed class KestrelSetup(IOptions<ServerOptions> options) : IConfigureOptions<KestrelServerOptions>
{
    public void Configure(KestrelServerOptions kestrel)
    {
        var o = options.Value;
        if (IPAddress.TryParse(o.Address, out var address))
        {
            kestrel.Listen(address, o.Port, listen => listen.Protocols = HttpProtocols.Http2);
        }
    }
}
