namespace Compare.Crawling.Http;

/// <summary>The media types accepted for each kind of fetch; a missing Content-Type is accepted and the body decides.</summary>
internal static class ContentTypes
{
    private static readonly string[] Html = ["text/html", "application/xhtml+xml"];

    private static readonly string[] Feed =
    [
        "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml", "application/feed+json",
        "application/json", "text/plain",
    ];

    private static readonly string[] Sitemap =
    [
        "application/xml", "text/xml", "application/gzip", "application/x-gzip", "application/octet-stream", "text/plain",
    ];

    public static bool Accepts(FetchKind kind, string? mediaType)
    {
        if (string.IsNullOrEmpty(mediaType) || kind == FetchKind.Robots)
        {
            return true;
        }

        var list = kind switch
        {
            FetchKind.Page => Html,
            FetchKind.Feed => Feed,
            _ => Sitemap,
        };
        return list.Contains(mediaType, StringComparer.OrdinalIgnoreCase);
    }

    public static string AcceptHeader(FetchKind kind) => kind switch
    {
        FetchKind.Page => "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
        FetchKind.Feed => "application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1",
        FetchKind.Sitemap => "application/xml,text/xml;q=0.9,application/gzip;q=0.8,*/*;q=0.1",
        _ => "text/plain,*/*;q=0.1",
    };
}
