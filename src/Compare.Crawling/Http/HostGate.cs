using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Compare.Crawling.Configuration;
using Microsoft.Extensions.Options;

namespace Compare.Crawling.Http;

/// <summary>
/// Per-host politeness: at most <see cref="CrawlerOptions.MaxConcurrencyPerHost"/> requests in flight to one authority,
/// and request starts at least the host's crawl delay apart (a one-token bucket refilled once per delay).
/// </summary>
public sealed class HostGate : IDisposable
{
    private readonly ConcurrentDictionary<string, TimeSpan> _delays = new(StringComparer.OrdinalIgnoreCase);
    private readonly PartitionedRateLimiter<string> _concurrency;
    private readonly PartitionedRateLimiter<string> _pacing;
    private readonly PartitionedRateLimiter<string> _limiter;

    public HostGate(IOptions<CrawlerOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        _concurrency = PartitionedRateLimiter.Create<string, string>(host => RateLimitPartition.GetConcurrencyLimiter(
            host, _ => new ConcurrencyLimiterOptions { PermitLimit = o.MaxConcurrencyPerHost, QueueLimit = int.MaxValue }));
        _pacing = PartitionedRateLimiter.Create<string, string>(host =>
        {
            var delay = _delays.GetValueOrDefault(host, o.DefaultCrawlDelay);
            return delay <= TimeSpan.Zero
                ? RateLimitPartition.GetNoLimiter(host)
                : RateLimitPartition.GetTokenBucketLimiter(host, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = 1, TokensPerPeriod = 1, ReplenishmentPeriod = delay, QueueLimit = int.MaxValue, AutoReplenishment = true,
                });
        });
        _limiter = PartitionedRateLimiter.CreateChained(_concurrency, _pacing);
    }

    /// <summary>
    /// Sets the least time between requests to <paramref name="authority"/>; the largest value asked for wins. It takes
    /// effect for a host before its first request, which is when the crawler knows robots.txt's Crawl-delay.
    /// </summary>
    public void SetDelay(string authority, TimeSpan delay) => _delays.AddOrUpdate(authority, delay, (_, old) => old > delay ? old : delay);

    /// <summary>Waits for a turn at <paramref name="authority"/>; dispose the lease when the response is read.</summary>
    public async ValueTask<RateLimitLease> EnterAsync(string authority, CancellationToken cancellationToken)
    {
        var lease = await _limiter.AcquireAsync(authority, 1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            throw new InvalidOperationException($"the rate limiter refused a request to {authority}");
        }

        return lease;
    }

    public void Dispose()
    {
        _limiter.Dispose();
        _pacing.Dispose();
        _concurrency.Dispose();
    }
}
