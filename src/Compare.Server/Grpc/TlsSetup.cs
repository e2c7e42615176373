using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Compare.Server.Grpc;

/// <summary>TLS on the host's endpoint when a certificate is configured (<see cref="GrpcOptions.CertificatePath"/>); h2c otherwise.</summary>
internal sealed class TlsSetup(IOptions<GrpcOptions> options, ILogger<TlsSetup> logger) : IConfigureOptions<KestrelServerOptions>
{
    public void Configure(KestrelServerOptions kestrel)
    {
        ArgumentNullException.ThrowIfNull(kestrel);
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.CertificatePath))
        {
            return;
        }

        var certificate = string.IsNullOrWhiteSpace(o.CertificateKeyPath)
            ? X509CertificateLoader.LoadPkcs12FromFile(o.CertificatePath, o.CertificatePassword)
            : X509Certificate2.CreateFromPemFile(o.CertificatePath, o.CertificateKeyPath);
        GrpcLog.TlsOn(logger, o.CertificatePath);
        kestrel.ConfigureEndpointDefaults(listen => listen.UseHttps(certificate));
    }
}
