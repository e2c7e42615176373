namespace Compare.Crawling.Http;

/// <summary>One URL to fetch for an outlet.</summary>
/// <param name="Url">Absolute http(s) URL.</param>
/// <param name="Kind">What it should hold.</param>
/// <param name="Policy">The outlet's hosts and address rule.</param>
/// <param name="ETag">Validator from the last fetch, sent as If-None-Match.</param>
/// <param name="LastModified">Last-Modified from the last fetch, sent as If-Modified-Since.</param>
public sealed record FetchRequest(Uri Url, FetchKind Kind, FetchPolicy Policy, string? ETag = null, string? LastModified = null);
