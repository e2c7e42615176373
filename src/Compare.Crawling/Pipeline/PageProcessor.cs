using System.Globalization;
using Compare.Core.Domain;
using Compare.Crawling.Configuration;
using Compare.Crawling.Discovery;
using Compare.Crawling.Extraction;
using Compare.Crawling.Http;
using Compare.Crawling.Robots;
using Compare.Storage;
using Compare.Storage.Articles;
using Compare.Storage.UrlStates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Compare.Crawling.Pipeline;

/// <summary>
/// One page from target to store: robots.txt, conditional GET (or an unchanged-file check), extraction, the
/// canonical URL (believed only on the outlet's hosts), then <see cref="ArticleSaver"/>. Failures are recorded
/// against the URL and counted; what was stored before stays.
/// </summary>
internal sealed class PageProcessor(
    PageFetcher fetcher,
    RobotsService robots,
    ArticleExtractor extractor,
    ArticleSaver saver,
    UrlStateRecorder recorder,
    ICompareStore store,
    IOptions<CrawlerOptions> options,
    ILogger<PageProcessor> logger)
{
    private sealed record PageContent(string Html, Uri? PageUrl, int Status, string? ETag, string? LastModified);

    public async Task ProcessAsync(
        CrawlOutlet outlet, FetchPolicy policy, PageTarget target, CrawlRunContext run, CountsBuilder counts, CancellationToken cancellationToken)
    {
        var previous = await store.UrlStates.GetAsync(target.Key, cancellationToken).ConfigureAwait(false);
        var content = target.Link is { } link
            ? await FetchAsync(outlet, policy, link, previous, counts, cancellationToken).ConfigureAwait(false)
            : await ReadFileAsync(outlet, target.FilePath!, previous, counts, cancellationToken).ConfigureAwait(false);
        if (content is null)
        {
            return;
        }

        var extracted = extractor.Extract(content.Html, content.PageUrl);
        if (extracted.WordCount < options.Value.MinArticleWords)
        {
            await FailAsync(outlet, target.Key, content.Status, string.Create(CultureInfo.InvariantCulture,
                $"no article found: {extracted.WordCount} words of main text, {options.Value.MinArticleWords} needed"), previous, counts, cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        var canonical = extracted.CanonicalUrl is { } declared && outlet.IsAllowedUrl(declared)
            ? UrlCanonicalizer.Canonicalize(declared)
            : content.PageUrl is { } pageUrl ? UrlCanonicalizer.Canonicalize(pageUrl) : new Uri(target.Key);
        var id = ArticleIds.FromUrl(canonical);
        if (!run.Claim(canonical))
        {
            // Another URL of this run (an alias, a tracking variant) already gave this article.
            await recorder.SucceededAsync(outlet.Id, target.Key, content.Status, content.ETag, content.LastModified, id, cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        var article = new Article(
            id,
            outlet.Id,
            canonical,
            extracted.Title.Length > 0 ? extracted.Title : target.Link?.Title ?? canonical.AbsoluteUri,
            extracted.Byline,
            extracted.PublishedAt ?? target.Link?.PublishedAt,
            extracted.ModifiedAt,
            extracted.Language ?? outlet.Outlet.Language,
            extracted.Text);
        var (outcome, duplicateOf, articleId) = await saver.SaveAsync(article, extracted.SiteName, cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            case ArticleSaveOutcome.New:
                counts.New();
                break;
            case ArticleSaveOutcome.Revised:
                counts.Revised();
                break;
            default:
                counts.Unchanged();
                break;
        }

        if (duplicateOf is not null)
        {
            counts.Duplicate();
        }

        await recorder.SucceededAsync(outlet.Id, target.Key, content.Status, content.ETag, content.LastModified, articleId, cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<PageContent?> FetchAsync(
        CrawlOutlet outlet, FetchPolicy policy, DiscoveredLink link, UrlState? previous, CountsBuilder counts, CancellationToken cancellationToken)
    {
        var rules = await robots.GetAsync(link.Url, policy, cancellationToken).ConfigureAwait(false);
        if (!rules.IsAllowed(link.Url))
        {
            counts.SkippedByRobots();
            return null;
        }

        if (rules.CrawlDelay is { } robotsDelay && robotsDelay > policy.CrawlDelay)
        {
            policy = policy with { CrawlDelay = robotsDelay };
        }

        // Validators only help when the article they stand for is stored; otherwise a 304 would leave nothing to show.
        var conditional = previous is { ArticleId: not null };
        var result = await fetcher.FetchAsync(
            new FetchRequest(link.Url, FetchKind.Page, policy, conditional ? previous!.ETag : null, conditional ? previous!.LastModified : null),
            cancellationToken).ConfigureAwait(false);
        switch (result.Status)
        {
            case FetchStatus.NotModified:
                counts.NotModified();
                await recorder.SucceededAsync(outlet.Id, link.Url.AbsoluteUri, result.StatusCode, result.ETag, result.LastModified, previous?.ArticleId, cancellationToken)
                    .ConfigureAwait(false);
                return null;
            case FetchStatus.Failed:
                await FailAsync(outlet, link.Url.AbsoluteUri, result.StatusCode, result.Error ?? "failed", previous, counts, cancellationToken).ConfigureAwait(false);
                return null;
            default:
                counts.Fetched();
                return new PageContent(result.Text ?? string.Empty, result.FinalUrl, result.StatusCode, result.ETag, result.LastModified);
        }
    }

    private async Task<PageContent?> ReadFileAsync(
        CrawlOutlet outlet, string path, UrlState? previous, CountsBuilder counts, CancellationToken cancellationToken)
    {
        var key = new Uri(path).AbsoluteUri;
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            await FailAsync(outlet, key, 0, "file not found", previous, counts, cancellationToken).ConfigureAwait(false);
            return null;
        }

        // A file's size and write time stand in for an ETag: unchanged, the stored article is current.
        var token = string.Create(CultureInfo.InvariantCulture, $"file:{info.Length}:{info.LastWriteTimeUtc.Ticks}");
        if (previous is { ArticleId: not null, LastError: null } && previous.ETag == token)
        {
            counts.NotModified();
            await recorder.SucceededAsync(outlet.Id, key, 304, token, null, previous.ArticleId, cancellationToken).ConfigureAwait(false);
            return null;
        }

        if (info.Length > options.Value.MaxBodyBytes)
        {
            await FailAsync(outlet, key, 0, $"file of {info.Length} bytes is over the limit of {options.Value.MaxBodyBytes}", previous, counts, cancellationToken)
                .ConfigureAwait(false);
            return null;
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        counts.Fetched();
        return new PageContent(CharsetDecoder.Decode(bytes, null), null, 200, token, null);
    }

    private async Task FailAsync(
        CrawlOutlet outlet, string url, int status, string error, UrlState? previous, CountsBuilder counts, CancellationToken cancellationToken)
    {
        counts.Error(url, error);
        CrawlingLog.UrlFailed(logger, outlet.Id, url, error);
        await recorder.FailedAsync(outlet.Id, url, status, error, previous, cancellationToken).ConfigureAwait(false);
    }
}
