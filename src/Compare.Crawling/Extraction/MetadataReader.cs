using System.Globalization;
using AngleSharp.Dom;
using Compare.Core.Html;

namespace Compare.Crawling.Extraction;

/// <summary>
/// Reads a page's metadata from what it declares, strongest source first: Open Graph and article meta tags, then JSON-LD,
/// then other common meta names and microdata, then the visible page (<c>time</c> elements, byline links).
/// </summary>
internal static class MetadataReader
{
    public static PageMetadata Read(IDocument doc, Uri? pageUrl)
    {
        var og = PageMetadata.From(doc);
        var ld = JsonLdArticle.Find(doc.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent));
        var site = og.SiteName ?? ld?.Publisher ?? Meta(doc, "application-name");
        return new PageMetadata(
            Title(doc, site, ld),
            site,
            Byline(doc, ld),
            og.PublishedAt ?? Time(ld?.Published) ?? Time(Meta(doc, "date", "pubdate", "publishdate", "dc.date", "DC.date.issued", "parsely-pub-date"))
                ?? Time(Itemprop(doc, "datePublished")) ?? Time(doc.QuerySelector("article time[datetime], time[datetime]")?.GetAttribute("datetime")),
            og.ModifiedAt ?? Time(ld?.Modified) ?? Time(Meta(doc, "og:updated_time", "last-modified")) ?? Time(Itemprop(doc, "dateModified")),
            Canonical(doc, pageUrl, ld),
            Language(doc, ld));
    }

    private static string? Title(IDocument doc, string? site, JsonLdArticle? ld)
    {
        if (Meta(doc, "og:title", "twitter:title") is { } og)
        {
            return og;
        }

        if (ld?.Headline is { } headline)
        {
            return headline;
        }

        var title = HtmlText.Collapse(doc.Title ?? string.Empty);
        foreach (var separator in new[] { " | ", " - ", " – ", " — ", " :: " })
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && (site is null || title[(at + separator.Length)..].Contains(site, StringComparison.OrdinalIgnoreCase)
                || title.Length - at < 40))
            {
                title = title[..at];
                break;
            }
        }

        if (title.Length > 0)
        {
            return title;
        }

        return doc.QuerySelector("h1") is { } h1 && HtmlText.Collapse(h1.TextContent) is { Length: > 0 } h ? h : null;
    }

    private static string? Byline(IDocument doc, JsonLdArticle? ld)
    {
        var meta = Meta(doc, "author", "article:author", "parsely-author", "dc.creator", "sailthru.author");
        if (meta is not null && !meta.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return meta;
        }

        if (ld?.Author is { } author)
        {
            return author;
        }

        var visible = doc.QuerySelector("[rel='author'], [itemprop='author'], .byline, .author")?.TextContent;
        if (visible is null)
        {
            return null;
        }

        var text = HtmlText.Collapse(visible);
        if (text.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[3..].Trim();
        }

        return text.Length is > 0 and < 120 ? text : null;
    }

    private static Uri? Canonical(IDocument doc, Uri? pageUrl, JsonLdArticle? ld)
    {
        foreach (var candidate in new[] { doc.QuerySelector("link[rel='canonical']")?.GetAttribute("href"), Meta(doc, "og:url"), ld?.Url })
        {
            if (string.IsNullOrWhiteSpace(candidate))
            {
                continue;
            }

            if (Uri.TryCreate(candidate.Trim(), UriKind.Absolute, out var abs) && abs.Scheme is "http" or "https")
            {
                return abs;
            }

            if (pageUrl is not null && Uri.TryCreate(pageUrl, candidate.Trim(), out var rel) && rel.Scheme is "http" or "https")
            {
                return rel;
            }
        }

        return null;
    }

    private static string? Language(IDocument doc, JsonLdArticle? ld)
    {
        var lang = doc.DocumentElement?.GetAttribute("lang")
            ?? doc.QuerySelector("meta[http-equiv='content-language' i]")?.GetAttribute("content")
            ?? Meta(doc, "og:locale")?.Replace('_', '-')
            ?? ld?.Language;
        return string.IsNullOrWhiteSpace(lang) ? null : lang.Trim().Split(',')[0].Trim();
    }

    private static string? Meta(IDocument doc, params string[] keys)
    {
        foreach (var key in keys)
        {
            var el = doc.QuerySelector($"meta[property='{key}' i], meta[name='{key}' i], meta[itemprop='{key}' i]");
            if (el?.GetAttribute("content")?.Trim() is { Length: > 0 } v)
            {
                return v;
            }
        }

        return null;
    }

    private static string? Itemprop(IDocument doc, string name)
    {
        var el = doc.QuerySelector($"[itemprop='{name}']");
        return el?.GetAttribute("content") ?? el?.GetAttribute("datetime") ?? el?.TextContent;
    }

    private static DateTimeOffset? Time(string? s) =>
        !string.IsNullOrWhiteSpace(s) && DateTimeOffset.TryParse(s.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
            ? t
            : null;
}
