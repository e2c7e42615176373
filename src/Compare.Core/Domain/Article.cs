namespace Compare.Core.Domain;

/// <summary>One article of one outlet, as main text plus metadata.</summary>
/// <param name="Id">Stable identifier (a hash of the canonical URL, or a store key).</param>
/// <param name="OutletId">The <see cref="Outlet.Id"/> that published it.</param>
/// <param name="CanonicalUrl">The canonical URL (<c>rel=canonical</c>, tracking parameters removed).</param>
/// <param name="Title">Headline.</param>
/// <param name="Byline">Author(s) as printed, or null when unsigned.</param>
/// <param name="PublishedAt">Publication time, or null when the page does not say.</param>
/// <param name="ModifiedAt">Last modification time, or null.</param>
/// <param name="Language">BCP 47 language tag.</param>
/// <param name="Text">Main text: paragraphs separated by blank lines; character offsets of claims point into it.</param>
public sealed record Article(
    string Id,
    string OutletId,
    Uri CanonicalUrl,
    string Title,
    string? Byline,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? ModifiedAt,
    string Language,
    string Text);
