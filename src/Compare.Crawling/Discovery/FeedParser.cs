using System.Globalization;
using System.Text.Json;
using System.Xml;
using CodeHollow.FeedReader;

namespace Compare.Crawling.Discovery;

/// <summary>
/// Article links of a feed: RSS 2.0 and Atom through CodeHollow.FeedReader, JSON Feed 1.x (which it does not read)
/// through System.Text.Json. Relative links are resolved against the feed's URL; duplicates (after canonicalization)
/// are listed once.
/// </summary>
public static class FeedParser
{
    public static IReadOnlyList<DiscoveredLink> Parse(string content, Uri feedUrl)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(feedUrl);
        var trimmed = content.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        var links = trimmed.StartsWith('{') ? ParseJsonFeed(trimmed, feedUrl) : ParseXmlFeed(trimmed, feedUrl);
        return links.DistinctBy(l => l.Url.AbsoluteUri, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<DiscoveredLink> ParseXmlFeed(string content, Uri feedUrl)
    {
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(content);
        }
        catch (CodeHollow.FeedReader.Parser.FeedTypeNotSupportedException ex)
        {
            throw new SourceFormatException($"{feedUrl}: not an RSS, Atom or JSON feed ({ex.Message})", ex);
        }
        catch (Exception ex) when (ex is XmlException or FormatException or ArgumentException or InvalidOperationException or NullReferenceException)
        {
            throw new SourceFormatException($"{feedUrl}: not a readable RSS or Atom feed: {ex.Message}", ex);
        }

        if (feed.Type == FeedType.Unknown)
        {
            throw new SourceFormatException($"{feedUrl}: not an RSS, Atom or JSON feed");
        }

        foreach (var item in feed.Items)
        {
            var url = UrlCanonicalizer.Resolve(feedUrl, string.IsNullOrWhiteSpace(item.Link) ? item.Id : item.Link);
            if (url is not null)
            {
                yield return new DiscoveredLink(url, string.IsNullOrWhiteSpace(item.Title) ? null : item.Title.Trim(), item.PublishingDate is { } d
                    ? new DateTimeOffset(DateTime.SpecifyKind(d, d.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : d.Kind))
                    : null);
            }
        }
    }

    private static List<DiscoveredLink> ParseJsonFeed(string content, Uri feedUrl)
    {
        try
        {
            using var doc = JsonDocument.Parse(content);
            var root = doc.RootElement;
            if (!root.TryGetProperty("version", out var version) || version.GetString()?.StartsWith("https://jsonfeed.org/version/", StringComparison.Ordinal) != true)
            {
                throw new SourceFormatException($"{feedUrl}: JSON without a jsonfeed.org version is not a JSON Feed");
            }

            var list = new List<DiscoveredLink>();
            if (!root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                return list;
            }

            foreach (var item in items.EnumerateArray())
            {
                var href = Str(item, "url") ?? Str(item, "external_url") ?? Str(item, "id");
                if (UrlCanonicalizer.Resolve(feedUrl, href) is { } url)
                {
                    var date = Str(item, "date_published");
                    list.Add(new DiscoveredLink(url, Str(item, "title"),
                        date is not null && DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : null));
                }
            }

            return list;
        }
        catch (JsonException ex)
        {
            throw new SourceFormatException($"{feedUrl}: not valid JSON: {ex.Message}", ex);
        }
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
