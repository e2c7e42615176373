namespace Compare.Core.Stories.Watches;

/// <summary>An article that matches a topic query.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Bm25">Its BM25 score for the query.</param>
/// <param name="Cosine">Embedding similarity of the query and the article's title and lead (0 before re-ranking).</param>
/// <param name="Score">The combined score the hits are ranked by.</param>
public sealed record TopicHit(string ArticleId, double Bm25, double Cosine, double Score);
