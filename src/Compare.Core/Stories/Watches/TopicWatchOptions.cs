namespace Compare.Core.Stories.Watches;

/// <summary>How a topic query gathers articles. Section <c>Watches</c>.</summary>
public sealed class TopicWatchOptions
{
    public const string SectionName = "Watches";

    /// <summary>Articles BM25 retrieves for re-ranking. Default 200.</summary>
    public int Retrieve { get; set; } = 200;

    /// <summary>Most articles a watch gathers. Default 50.</summary>
    public int MaxArticles { get; set; } = 50;

    /// <summary>
    /// Least embedding similarity between the query and an article's title and lead: keeps out articles that only
    /// mention a query word in passing. Default 0.25.
    /// </summary>
    public double MinCosine { get; set; } = 0.25;

    /// <summary>Least BM25 score relative to the best hit (0..1): keeps out articles matching one minor query word. Default 0.3.</summary>
    public double MinRelativeBm25 { get; set; } = 0.3;

    /// <summary>Weight of the embedding similarity in the final rank; BM25 (relative to the best) takes the rest. Default 0.5.</summary>
    public double CosineWeight { get; set; } = 0.5;
}
