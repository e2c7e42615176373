using AngleSharp.Dom;

namespace Compare.Core.Html;

/// <summary>Metadata a news page declares in its head: Open Graph, article times, canonical link, author, language.</summary>
public sealed record PageMetadata(
    string? Title,
    string? SiteName,
    string? Byline,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? ModifiedAt,
    Uri? CanonicalUrl,
    string? Language)
{
    public static PageMetadata From(IDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        string? Meta(string key) =>
            doc.QuerySelector($"meta[property='{key}'], meta[name='{key}']")?.GetAttribute("content")?.Trim() is { Length: > 0 } v ? v : null;
        static DateTimeOffset? Time(string? s) =>
            DateTimeOffset.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var t)
                ? t
                : null;

        var canonical = doc.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? Meta("og:url");
        return new PageMetadata(
            Meta("og:title") ?? (HtmlText.Collapse(doc.Title ?? string.Empty) is { Length: > 0 } title ? title : null),
            Meta("og:site_name"),
            Meta("author") ?? Meta("article:author"),
            Time(Meta("article:published_time")),
            Time(Meta("article:modified_time")),
            Uri.TryCreate(canonical, UriKind.Absolute, out var u) ? u : null,
            doc.DocumentElement?.GetAttribute("lang"));
    }
}
