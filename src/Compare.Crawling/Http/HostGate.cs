using System.Threading.RateLimiting;
using Compare.Crawling.Configuration;
using Compare.Storage;
using Microsoft.Extensions.Options;

namespace Compare.Crawling.Http;

/// <summary>
/// Per-host politeness: at most <see cref="CrawlerOptions.MaxConcurrencyPerHost"/> requests in flight to one authority from
/// this process, and request starts at least the host's crawl delay apart across every worker on the database: each start
/// reserves the host's next slot in the store's shared pacing and waits for it.
/// </summary>
public sealed class HostGate : IDisposable
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TimeSpan> _delays = new(StringComparer.OrdinalIgnoreCase);
    private readonly PartitionedRateLimiter<string> _concurrency;
    private readonly ICompareStore _store;
    private readonly TimeProvider _time;
    private readonly TimeSpan _defaultDelay;

    public HostGate(IOptions<CrawlerOptions> options, ICompareStore store, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        (_store, _time, _defaultDelay) = (store, time, o.DefaultCrawlDelay);
        _concurrency = PartitionedRateLimiter.Create<string, string>(host => RateLimitPartition.GetConcurrencyLimiter(
            host, _ => new ConcurrencyLimiterOptions { PermitLimit = o.MaxConcurrencyPerHost, QueueLimit = int.MaxValue }));
    }

    /// <summary>
    /// Sets the least time between requests to <paramref name="authority"/>; the largest value asked for wins. It takes
    /// effect for a host before its first request, which is when the crawler knows robots.txt's Crawl-delay.
    /// </summary>
    public void SetDelay(string authority, TimeSpan delay) => _delays.AddOrUpdate(authority, delay, (_, old) => old > delay ? old : delay);

    /// <summary>Waits for a turn at <paramref name="authority"/>; dispose the lease when the response is read.</summary>
    public async ValueTask<RateLimitLease> EnterAsync(string authority, CancellationToken cancellationToken)
    {
        var lease = await _concurrency.AcquireAsync(authority, 1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            throw new InvalidOperationException($"the rate limiter refused a request to {authority}");
        }

        try
        {
            var delay = _delays.GetValueOrDefault(authority, _defaultDelay);
            if (delay > TimeSpan.Zero)
            {
                // The slot is reserved only once a permit is held, so a request waiting for a permit does not hold a slot it cannot use.
                var wait = await _store.Pacing.ReserveAsync(authority, delay, cancellationToken).ConfigureAwait(false);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
                }
            }

            return lease;
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }

    public void Dispose() => _concurrency.Dispose();
}
