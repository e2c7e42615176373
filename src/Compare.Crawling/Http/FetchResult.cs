namespace Compare.Crawling.Http;

/// <summary>The outcome of one fetch.</summary>
/// <param name="Status">Ok, NotModified or Failed.</param>
/// <param name="Url">The URL asked for.</param>
/// <param name="FinalUrl">The URL answered, after redirects.</param>
/// <param name="StatusCode">HTTP status of the last response; 0 when none came.</param>
/// <param name="Body">The body, decompressed (empty unless Ok).</param>
/// <param name="Text">The body decoded by its charset, for pages, feeds and robots.txt; null for sitemaps and failures.</param>
/// <param name="ETag">The response's ETag, for the next conditional GET.</param>
/// <param name="LastModified">The response's Last-Modified, as sent.</param>
/// <param name="Error">Why it failed, naming the URL's problem in words a user reads.</param>
/// <param name="NeverSent">True when the request was refused before it left (a host or address the outlet may not reach).</param>
public sealed record FetchResult(
    FetchStatus Status, Uri Url, Uri FinalUrl, int StatusCode, ReadOnlyMemory<byte> Body, string? Text, string? ETag, string? LastModified,
    string? Error, bool NeverSent = false)
{
    public static FetchResult Fail(Uri url, Uri finalUrl, int statusCode, string error) =>
        new(FetchStatus.Failed, url, finalUrl, statusCode, ReadOnlyMemory<byte>.Empty, null, null, null, error);

    public static FetchResult Refuse(Uri url, Uri finalUrl, string error) =>
        new(FetchStatus.Failed, url, finalUrl, 0, ReadOnlyMemory<byte>.Empty, null, null, null, error, NeverSent: true);
}
