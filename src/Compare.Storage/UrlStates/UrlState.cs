namespace Compare.Storage.UrlStates;

/// <summary>What the crawler remembers about one URL (a page, feed or sitemap) between runs.</summary>
/// <param name="Url">The URL as fetched (canonicalized).</param>
/// <param name="OutletId">The outlet it belongs to.</param>
/// <param name="ETag">The validator the server sent, for <c>If-None-Match</c>; for a local file, its size and write time.</param>
/// <param name="LastModified">The <c>Last-Modified</c> header as sent, for <c>If-Modified-Since</c>.</param>
/// <param name="LastStatus">HTTP status of the last attempt (0 when no response came).</param>
/// <param name="LastFetchedAt">When it was last attempted.</param>
/// <param name="LastSuccessAt">When it last gave a usable answer (200 or 304).</param>
/// <param name="LastError">Why the last attempt failed, or null when it succeeded.</param>
/// <param name="ErrorCount">Failures in a row.</param>
/// <param name="ArticleId">The article the page produced, when it did.</param>
public sealed record UrlState(
    string Url,
    string OutletId,
    string? ETag,
    string? LastModified,
    int LastStatus,
    DateTimeOffset LastFetchedAt,
    DateTimeOffset? LastSuccessAt,
    string? LastError,
    int ErrorCount,
    string? ArticleId);
