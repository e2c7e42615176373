namespace Compare.Storage.Articles;

/// <summary>Articles with their revisions, keyed by canonical URL.</summary>
public interface IArticleStore
{
    Task<StoredArticle?> GetAsync(string articleId, CancellationToken cancellationToken);

    Task<StoredArticle?> GetByUrlAsync(Uri canonicalUrl, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a new article, or a new revision when the text of a known canonical URL changed, or only refreshes metadata
    /// and the last-seen time when the text is unchanged. Earlier revisions are never overwritten.
    /// </summary>
    Task<ArticleSaveResult> SaveAsync(ArticleWrite write, CancellationToken cancellationToken);

    /// <summary>All revisions of an article, oldest first.</summary>
    Task<IReadOnlyList<ArticleRevision>> GetRevisionsAsync(string articleId, CancellationToken cancellationToken);

    /// <summary>Articles, newest publication first; of one outlet when <paramref name="outletId"/> is given.</summary>
    Task<IReadOnlyList<StoredArticle>> ListAsync(string? outletId, int limit, CancellationToken cancellationToken);

    Task<int> CountAsync(string? outletId, CancellationToken cancellationToken);

    /// <summary>
    /// Articles whose SimHash agrees with <paramref name="simHash"/> on at least one of its eight 8-bit bands: every
    /// article within Hamming distance 7 is among them (pigeonhole), and the bands are indexed, so the search stays cheap.
    /// </summary>
    Task<IReadOnlyList<NearDuplicateCandidate>> FindSimHashCandidatesAsync(ulong simHash, CancellationToken cancellationToken);

    /// <summary>Marks an article as a near-duplicate of an earlier one (null clears the mark).</summary>
    Task MarkDuplicateAsync(string articleId, string? duplicateOf, CancellationToken cancellationToken);
}
