namespace Compare.Storage.Articles;

/// <summary>One version of an article's text; revision 1 is the first one stored, later ones are never overwritten.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Number">1, 2, ...</param>
/// <param name="FetchedAt">When this version was read.</param>
/// <param name="Title">Headline of this version.</param>
/// <param name="Text">Main text of this version.</param>
/// <param name="TextHash"><see cref="ContentHash"/> of <paramref name="Text"/>.</param>
/// <param name="DiffSummary">What changed against the previous revision (null for revision 1).</param>
public sealed record ArticleRevision(
    string ArticleId,
    int Number,
    DateTimeOffset FetchedAt,
    string Title,
    string Text,
    string TextHash,
    string? DiffSummary);
