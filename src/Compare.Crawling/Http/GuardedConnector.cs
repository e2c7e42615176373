using System.Net;
using System.Net.Sockets;

namespace Compare.Crawling.Http;

/// <summary>
/// The SSRF guard at connection time: resolves the host itself and connects only to addresses the request's
/// <see cref="AddressPolicy"/> allows, so a DNS answer that changes between a check and the connection (rebinding)
/// cannot lead to a private address.
/// </summary>
internal static class GuardedConnector
{
    public static readonly HttpRequestOptionsKey<AddressPolicy> PolicyKey = new("Compare.AddressPolicy");

    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var policy = context.InitialRequestMessage.Options.TryGetValue(PolicyKey, out var p) ? p : AddressPolicy.PublicOnly;
        var host = context.DnsEndPoint.Host;
        var addresses = await ResolveAsync(host, cancellationToken).ConfigureAwait(false);
        var allowed = addresses.Where(policy.Allows).ToArray();
        if (allowed.Length == 0)
        {
            throw new BlockedAddressException(Describe(host, addresses));
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);

    public static string Describe(string host, IReadOnlyCollection<IPAddress> addresses) =>
        $"blocked by the SSRF guard: {host} resolves to {string.Join(", ", addresses)}, a private, loopback or link-local address this outlet does not allow";
}
