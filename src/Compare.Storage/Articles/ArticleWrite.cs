using Compare.Core.Domain;

namespace Compare.Storage.Articles;

/// <summary>What the crawler hands the store after extracting a page.</summary>
/// <param name="Article">Text and metadata; <see cref="Article.Id"/> comes from <see cref="ArticleIds.FromUrl"/>.</param>
/// <param name="SiteName">The site name the page declares, or null.</param>
/// <param name="SimHash">64-bit SimHash of the text.</param>
/// <param name="FetchedAt">When the page was read.</param>
/// <param name="DiffSummary">Short summary of what changed against the stored text, used when this write is a new revision.</param>
public sealed record ArticleWrite(Article Article, string? SiteName, ulong SimHash, DateTimeOffset FetchedAt, string? DiffSummary);
