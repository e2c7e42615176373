using System.Collections.Concurrent;

namespace Compare.Crawling.Pipeline;

/// <summary>What one crawl run shares across its outlets: the canonical URLs already handled, so each article is processed once.</summary>
internal sealed class CrawlRunContext
{
    private readonly ConcurrentDictionary<string, byte> _canonical = new(StringComparer.Ordinal);

    /// <summary>True the first time a canonical URL is seen in this run.</summary>
    public bool Claim(Uri canonicalUrl) => _canonical.TryAdd(canonicalUrl.AbsoluteUri, 0);
}
