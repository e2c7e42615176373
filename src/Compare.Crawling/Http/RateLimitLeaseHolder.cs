using System.Threading.RateLimiting;

namespace Compare.Crawling.Http;

/// <summary>Lets a lease that may be absent (robots.txt bypasses the gate) sit in a <c>using</c>.</summary>
internal sealed class RateLimitLeaseHolder(RateLimitLease lease) : IDisposable
{
    public void Dispose() => lease.Dispose();
}
