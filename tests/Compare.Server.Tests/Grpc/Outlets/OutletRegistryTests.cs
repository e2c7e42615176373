using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Compare.Protos.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace Compare.Server.Tests.Grpc.Outlets;

/// <summary>
/// A host of its own, over TLS with a self-signed certificate and keys required for reads too: an outlet added through the
/// API is still there after a restart on the same database.
/// </summary>
public sealed class OutletRegistryTests
{
    private const string Key = "registry-test-key-0123456789";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UpsertOutlet_ThenRestart_TheOutletIsStillListedOverTls()
    {
        var folder = Directory.CreateTempSubdirectory("compare-tls-").FullName;
        using var certificate = SelfSigned();
        var pfx = Path.Combine(folder, "server.pfx");
        await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "secret"), Ct);
        string[] settings = [$"Grpc:CertificatePath={pfx}", "Grpc:CertificatePassword=secret", "Grpc:RequireKeyForReads=true",
            "Grpc:ApiKeys:0:Name=admin", $"Grpc:ApiKeys:0:Key={Key}", "Worker:RunAtStart=false"];
        var outlet = new Outlet
        {
            Id = "lake-herald",
            Name = "Lake Herald",
            HomeUrl = "https://lakeherald.example/",
            Enabled = true,
            Sources = { new OutletSource { Kind = OutletSourceKind.Sitemap, Location = "https://lakeherald.example/news-sitemap.xml" } },
        };
        try
        {
            Uri firstAddress;
            RpcException unkeyed;
            await using (var first = await HostRun.StartAsync(folder, null, settings))
            {
                firstAddress = first.Address;
                using var channel = Channel(first.Address, certificate);
                var crawls = new CrawlService.CrawlServiceClient(channel);
                unkeyed = await Assert.ThrowsAsync<RpcException>(() => crawls.ListOutletsAsync(new ListOutletsRequest(), cancellationToken: Ct).ResponseAsync);
                await crawls.UpsertOutletAsync(new UpsertOutletRequest { Outlet = outlet }, Headers(), cancellationToken: Ct);
                await crawls.RemoveOutletAsync(new RemoveOutletRequest { Id = "blog" }, Headers(), cancellationToken: Ct);
            }

            await using var second = await HostRun.StartAsync(folder, null, settings);
            using var again = Channel(second.Address, certificate);
            var listed = await new CrawlService.CrawlServiceClient(again).ListOutletsAsync(new ListOutletsRequest(), Headers(), cancellationToken: Ct);

            Assert.Equal("https", firstAddress.Scheme);
            Assert.Equal(StatusCode.Unauthenticated, unkeyed.StatusCode);
            var kept = Assert.Single(listed.Outlets, o => o.Id == "lake-herald");
            Assert.Equal("Lake Herald", kept.Name);
            Assert.Equal(OutletSourceKind.Sitemap, Assert.Single(kept.Sources).Kind);
            Assert.DoesNotContain(listed.Outlets, o => o.Id == "blog");
            Assert.Contains(listed.Outlets, o => o.Id == "harbor-courier");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Metadata Headers() => new() { { "x-api-key", Key } };

    /// <summary>A channel that trusts exactly this certificate.</summary>
    private static GrpcChannel Channel(Uri address, X509Certificate2 certificate)
    {
        var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, _) =>
            presented is not null && presented.GetCertHashString() == certificate.GetCertHashString();
        return GrpcChannel.ForAddress(address, new GrpcChannelOptions { HttpHandler = handler });
    }

    private static X509Certificate2 SelfSigned()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
    }
}
