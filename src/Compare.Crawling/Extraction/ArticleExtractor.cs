using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace Compare.Crawling.Extraction;

/// <summary>
/// Extracts an article from HTML: metadata from what the page declares, then the main text. SmartReader (a port of
/// Mozilla Readability) finds the body after our <see cref="BoilerplateCleaner"/> has taken structural and named chrome
/// out; our <see cref="BlockFilter"/> then drops the boilerplate Readability keeps. Pages where SmartReader finds nothing
/// fall back to the cleaned page body through the same filter.
/// </summary>
public sealed class ArticleExtractor
{
    private readonly HtmlParser _parser = new();

    /// <summary>Extracts the article of <paramref name="html"/>, read from <paramref name="pageUrl"/> (null for a local file).</summary>
    public ExtractedArticle Extract(string html, Uri? pageUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        var doc = _parser.ParseDocument(html);
        var meta = MetadataReader.Read(doc, pageUrl);
        var captions = BoilerplateCleaner.Captions(doc);
        BoilerplateCleaner.Clean(doc);

        IElement? content = null;
        Article? article = null;
        using (var reader = new Reader(pageUrl?.AbsoluteUri ?? "https://localhost/", doc) { ContinueIfNotReadable = true, Debug = false })
        {
            reader.AddCustomOperationEnd(e => content = e);
            try
            {
                article = reader.GetArticle();
            }
            catch (InvalidOperationException)
            {
                // SmartReader throws on some degenerate documents (no body, empty candidates); the fallback below reads those.
            }
        }

        var title = meta.Title ?? article?.Title ?? string.Empty;
        var blocks = BlockFilter.Filter(content is null ? [] : BlockReader.Read(content), title, meta.Byline, captions);
        if (blocks.Sum(b => b.Words) < 50 && doc.Body is { } body)
        {
            var fallback = BlockFilter.Filter(BlockReader.Read(body), title, meta.Byline, captions);
            if (fallback.Sum(b => b.Words) > blocks.Sum(b => b.Words))
            {
                blocks = fallback;
            }
        }

        return new ExtractedArticle(
            title,
            meta.Byline ?? NullIfEmpty(article?.Byline) ?? NullIfEmpty(article?.Author),
            meta.PublishedAt ?? (article?.PublicationDate is { } d ? new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)) : null),
            meta.ModifiedAt,
            meta.Language ?? NullIfEmpty(article?.Language),
            meta.CanonicalUrl,
            meta.SiteName ?? NullIfEmpty(article?.SiteName),
            string.Join("\n\n", blocks.Select(b => b.Text)));
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
