using Compare.Core.Domain;

namespace Compare.Storage.Articles;

/// <summary>An article as stored: its latest revision plus what the crawler knows about it.</summary>
/// <param name="Article">The latest revision's text and metadata.</param>
/// <param name="SiteName">The site name the page declares, or null.</param>
/// <param name="TextHash"><see cref="ContentHash"/> of <see cref="Article.Text"/>.</param>
/// <param name="SimHash">64-bit SimHash of the text, for near-duplicate search.</param>
/// <param name="DuplicateOf">Id of the earlier article this one near-duplicates (a syndicated copy), or null.</param>
/// <param name="Revision">Number of the latest revision, from 1.</param>
/// <param name="FirstSeenAt">When the crawler first stored it.</param>
/// <param name="LastSeenAt">When the crawler last found it (changed or not).</param>
public sealed record StoredArticle(
    Article Article,
    string? SiteName,
    string TextHash,
    ulong SimHash,
    string? DuplicateOf,
    int Revision,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset LastSeenAt);
