using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Compare.Server.Hosting;

/// <summary>
/// One Kestrel endpoint at <see cref="ServerOptions"/>, HTTP/2 only: gRPC over cleartext (h2c) needs prior knowledge. The
/// section is read unvalidated here, so a bad address is reported by the start-up validation together with every other
/// bad setting rather than alone.
/// </summary>
internal sealed class KestrelSetup(IConfiguration configuration) : IConfigureOptions<KestrelServerOptions>
{
    public void Configure(KestrelServerOptions kestrel)
    {
        var o = configuration.GetSection(ServerOptions.SectionName).Get<ServerOptions>() ?? new ServerOptions();
        if (IPAddress.TryParse(o.Address, out var address) && o.Port is >= 0 and <= 65535)
        {
            kestrel.Listen(address, o.Port, listen => listen.Protocols = HttpProtocols.Http2);
        }
    }
}
