using Compare.Crawling.Configuration;
using Compare.Crawling.Discovery;
using Compare.Crawling.Http;
using Compare.Crawling.Robots;
using Microsoft.Extensions.Options;

namespace Compare.Crawling.Pipeline;

/// <summary>
/// Lists the pages of an outlet from its sources: feeds, sitemaps (indexes followed two levels deep) and folders.
/// Each URL is canonicalized and listed once; a source that fails is recorded as an error and the others go on.
/// </summary>
internal sealed class SourceDiscovery(PageFetcher fetcher, RobotsService robots, UrlStateRecorder recorder, IOptions<CrawlerOptions> options)
{
    private const int MaxSitemapDepth = 2;
    private const int MaxSitemapsPerSource = 50;

    public async Task<IReadOnlyList<PageTarget>> DiscoverAsync(
        CrawlOutlet outlet, FetchPolicy policy, CountsBuilder counts, CancellationToken cancellationToken)
    {
        var targets = new List<PageTarget>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in outlet.Sources)
        {
            switch (source.Kind)
            {
                case SourceKind.Folder:
                    var files = FolderSource.Files(source.Path!, options.Value.ContentRoot);
                    if (files.Count == 0)
                    {
                        counts.Error(source.Path!, $"no file matches {source.Path} (content root: {options.Value.ContentRoot ?? Directory.GetCurrentDirectory()})");
                    }

                    targets.AddRange(files.Where(f => seen.Add(f)).Select(f => new PageTarget(null, f)));
                    break;
                case SourceKind.Feed:
                    var feed = await ReadAsync(outlet, source.Url!, FetchKind.Feed, policy, counts, cancellationToken).ConfigureAwait(false);
                    if (feed?.Text is { } text)
                    {
                        var links = await ParseAsync(() => FeedParser.Parse(text, feed.FinalUrl), outlet, source.Url!, counts, cancellationToken)
                            .ConfigureAwait(false);
                        AddLinks(outlet, links, targets, seen, counts);
                    }

                    break;
                case SourceKind.Sitemap:
                    var pages = await ReadSitemapAsync(outlet, source.Url!, policy, counts, cancellationToken).ConfigureAwait(false);
                    AddLinks(outlet, pages, targets, seen, counts);
                    break;
                default:
                    break;
            }
        }

        return targets.Take(options.Value.MaxPagesPerOutlet).ToList();
    }

    private async Task<List<DiscoveredLink>> ReadSitemapAsync(
        CrawlOutlet outlet, Uri url, FetchPolicy policy, CountsBuilder counts, CancellationToken cancellationToken)
    {
        var pages = new List<DiscoveredLink>();
        var queue = new Queue<(Uri Url, int Depth)>([(url, 0)]);
        var read = 0;
        while (queue.Count > 0 && read++ < MaxSitemapsPerSource)
        {
            var (next, depth) = queue.Dequeue();
            var result = await ReadAsync(outlet, next, FetchKind.Sitemap, policy, counts, cancellationToken).ConfigureAwait(false);
            if (result is null)
            {
                continue;
            }

            var content = await ParseAsync(
                () => SitemapParser.Parse(result.Body.Span, result.FinalUrl, options.Value.MaxBodyBytes), outlet, next, counts, cancellationToken)
                .ConfigureAwait(false);
            if (content is null)
            {
                continue;
            }

            pages.AddRange(content.Pages);
            foreach (var child in content.Sitemaps.Where(_ => depth < MaxSitemapDepth))
            {
                queue.Enqueue((child, depth + 1));
            }
        }

        return pages;
    }

    private async Task<FetchResult?> ReadAsync(
        CrawlOutlet outlet, Uri url, FetchKind kind, FetchPolicy policy, CountsBuilder counts, CancellationToken cancellationToken)
    {
        var rules = await robots.GetAsync(url, policy, cancellationToken).ConfigureAwait(false);
        if (!rules.IsAllowed(url))
        {
            counts.SkippedByRobots();
            return null;
        }

        var result = await fetcher.FetchAsync(new FetchRequest(url, kind, policy), cancellationToken).ConfigureAwait(false);
        if (result.Status != FetchStatus.Ok)
        {
            var error = result.Error ?? $"HTTP {result.StatusCode}";
            counts.Error(url.AbsoluteUri, error);
            await recorder.FailedAsync(outlet.Id, url.AbsoluteUri, result.StatusCode, error, null, cancellationToken).ConfigureAwait(false);
            return null;
        }

        await recorder.SucceededAsync(outlet.Id, url.AbsoluteUri, result.StatusCode, result.ETag, result.LastModified, null, cancellationToken)
            .ConfigureAwait(false);
        return result;
    }

    /// <summary>Runs a parser; a format error is recorded against the source URL and gives null.</summary>
    private async Task<T?> ParseAsync<T>(Func<T> parse, CrawlOutlet outlet, Uri url, CountsBuilder counts, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return parse();
        }
        catch (SourceFormatException ex)
        {
            counts.Error(url.AbsoluteUri, ex.Message);
            await recorder.FailedAsync(outlet.Id, url.AbsoluteUri, 200, ex.Message, null, cancellationToken).ConfigureAwait(false);
            return null;
        }
    }

    private static void AddLinks(CrawlOutlet outlet, IEnumerable<DiscoveredLink>? links, List<PageTarget> targets, HashSet<string> seen, CountsBuilder counts)
    {
        foreach (var link in links ?? [])
        {
            if (!outlet.IsAllowedUrl(link.Url))
            {
                counts.Error(link.Url.AbsoluteUri, $"{link.Url.Host} is not one of this outlet's hosts; not fetched");
                continue;
            }

            if (seen.Add(link.Url.AbsoluteUri))
            {
                targets.Add(new PageTarget(link, null));
            }
        }
    }
}
