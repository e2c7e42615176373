namespace Compare.Crawling.Extraction;

/// <summary>What the extractor finds on a page: the main text and the page's metadata.</summary>
/// <param name="Title">Headline (Open Graph, JSON-LD, or the document title).</param>
/// <param name="Byline">Author(s), or null when the page names none.</param>
/// <param name="PublishedAt">Publication time, or null.</param>
/// <param name="ModifiedAt">Last modification time, or null.</param>
/// <param name="Language">BCP 47 tag the page declares, or null.</param>
/// <param name="CanonicalUrl">The page's <c>rel=canonical</c> (or <c>og:url</c>), or null.</param>
/// <param name="SiteName">The site's name, or null.</param>
/// <param name="Text">Main text: one paragraph per block, blocks separated by blank lines; empty when the page holds no article.</param>
public sealed record ExtractedArticle(
    string Title,
    string? Byline,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? ModifiedAt,
    string? Language,
    Uri? CanonicalUrl,
    string? SiteName,
    string Text)
{
    /// <summary>Number of words of <see cref="Text"/>.</summary>
    public int WordCount => Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
