namespace Compare.Storage.Robots;

/// <summary>A host's robots.txt as last fetched.</summary>
/// <param name="Authority">Scheme, host and port (<c>https://example.com:443</c>): robots.txt applies per authority (RFC 9309 §2.3).</param>
/// <param name="StatusCode">HTTP status of the fetch, 0 when the host was unreachable.</param>
/// <param name="Body">The file's text (empty unless 2xx).</param>
/// <param name="FetchedAt">When it was fetched.</param>
/// <param name="ExpiresAt">When it must be fetched again.</param>
public sealed record RobotsCacheEntry(string Authority, int StatusCode, string Body, DateTimeOffset FetchedAt, DateTimeOffset ExpiresAt);
