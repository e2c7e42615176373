using System.Collections.Concurrent;
using Compare.Crawling.Configuration;
using Compare.Crawling.Http;
using Compare.Storage;
using Compare.Storage.Robots;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Compare.Crawling.Robots;

/// <summary>
/// robots.txt per authority, cached in memory and in the store until it expires. RFC 9309 §2.3.1: a 4xx answer means
/// everything is allowed; a 5xx answer or an unreachable host means nothing is, retried after
/// <see cref="CrawlerOptions.RobotsErrorBackoff"/>.
/// </summary>
public sealed class RobotsService(
    PageFetcher fetcher, ICompareStore store, IOptions<CrawlerOptions> options, TimeProvider time, ILogger<RobotsService> logger)
{
    private readonly ConcurrentDictionary<string, (RobotsTxt Robots, DateTimeOffset ExpiresAt)> _memory = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The rules that apply to <paramref name="url"/>, fetching the host's robots.txt once per expiry.</summary>
    internal async Task<RobotsTxt> GetAsync(Uri url, FetchPolicy policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var authority = url.GetLeftPart(UriPartial.Authority);
        if (_memory.TryGetValue(authority, out var hit) && hit.ExpiresAt > time.GetUtcNow())
        {
            return hit.Robots;
        }

        var gate = _locks.GetOrAdd(authority, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_memory.TryGetValue(authority, out hit) && hit.ExpiresAt > time.GetUtcNow())
            {
                return hit.Robots;
            }

            var entry = await store.Robots.GetAsync(authority, cancellationToken).ConfigureAwait(false);
            if (entry is null || entry.ExpiresAt <= time.GetUtcNow())
            {
                var fetched = await FetchAsync(authority, policy, cancellationToken).ConfigureAwait(false);
                if (fetched is null)
                {
                    // Refused before sending (SSRF guard, foreign host): the page fetch will be refused with the reason.
                    return RobotsTxt.AllowAll;
                }

                entry = fetched;
                await store.Robots.SaveAsync(entry, cancellationToken).ConfigureAwait(false);
            }

            var robots = Interpret(entry);
            _memory[authority] = (robots, entry.ExpiresAt);
            return robots;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<RobotsCacheEntry?> FetchAsync(string authority, FetchPolicy policy, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var result = await fetcher.FetchAsync(new FetchRequest(new Uri(authority + "/robots.txt"), FetchKind.Robots, policy), cancellationToken)
            .ConfigureAwait(false);
        if (result.NeverSent)
        {
            return null;
        }

        CrawlingLog.RobotsFetched(logger, authority, result.StatusCode);
        var o = options.Value;
        return result.Status == FetchStatus.Ok
            ? new RobotsCacheEntry(authority, result.StatusCode, result.Text ?? string.Empty, now, now + o.RobotsCacheDuration)
            : new RobotsCacheEntry(
                authority, result.StatusCode, string.Empty, now, now + (result.StatusCode is >= 400 and < 500 ? o.RobotsCacheDuration : o.RobotsErrorBackoff));
    }

    private RobotsTxt Interpret(RobotsCacheEntry entry) => entry.StatusCode switch
    {
        >= 200 and < 300 => RobotsTxt.Parse(entry.Body, options.Value.ProductToken),
        >= 400 and < 500 => RobotsTxt.AllowAll,
        _ => RobotsTxt.DisallowEverything,
    };
}
