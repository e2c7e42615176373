using System.Text.Json;

namespace Compare.Crawling.Extraction;

/// <summary>
/// The article fields of a page's schema.org JSON-LD (<c>NewsArticle</c>, <c>Article</c>, <c>BlogPosting</c>...), found in
/// any <c>application/ld+json</c> script, in arrays or <c>@graph</c>. Scripts that are not valid JSON are ignored.
/// </summary>
internal sealed record JsonLdArticle(
    string? Headline, string? Author, string? Published, string? Modified, string? Publisher, string? Language, string? Url)
{
    public static JsonLdArticle? Find(IEnumerable<string> scripts)
    {
        foreach (var script in scripts)
        {
            try
            {
                using var doc = JsonDocument.Parse(script, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (FindArticle(doc.RootElement, 0) is { } found)
                {
                    return found;
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the page's other metadata still counts.
            }
        }

        return null;
    }

    private static JsonLdArticle? FindArticle(JsonElement e, int depth)
    {
        if (depth > 4)
        {
            return null;
        }

        if (e.ValueKind == JsonValueKind.Array)
        {
            return e.EnumerateArray().Select(x => FindArticle(x, depth + 1)).FirstOrDefault(x => x is not null);
        }

        if (e.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (IsArticleType(e))
        {
            return new JsonLdArticle(
                Str(e, "headline") ?? Str(e, "name"),
                Names(e, "author"),
                Str(e, "datePublished"),
                Str(e, "dateModified"),
                Names(e, "publisher"),
                Str(e, "inLanguage"),
                Str(e, "url") ?? (e.TryGetProperty("mainEntityOfPage", out var m) ? (m.ValueKind == JsonValueKind.String ? m.GetString() : Str(m, "@id")) : null));
        }

        return e.TryGetProperty("@graph", out var graph) ? FindArticle(graph, depth + 1) : null;
    }

    private static bool IsArticleType(JsonElement e)
    {
        if (!e.TryGetProperty("@type", out var type))
        {
            return false;
        }

        var types = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!)
            : type.ValueKind == JsonValueKind.String ? [type.GetString()!] : [];
        return types.Any(t => t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "Report" or "LiveBlogPosting");
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String
            && p.GetString() is { Length: > 0 } s
            ? s.Trim()
            : null;

    private static string? Names(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var p))
        {
            return null;
        }

        var items = p.ValueKind == JsonValueKind.Array ? p.EnumerateArray().ToList() : [p];
        var names = items
            .Select(i => i.ValueKind == JsonValueKind.String ? i.GetString() : Str(i, "name"))
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .Select(n => n!.Trim())
            .ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }
}
