namespace Compare.Core.Stories.Grouping;

/// <summary>How articles are grouped into stories. Section <c>Stories</c>.</summary>
public sealed class StoryGroupingOptions
{
    public const string SectionName = "Stories";

    /// <summary>
    /// Longest time between an article and the nearest article of a story it may join (and between two stories that may
    /// merge). Default 7 days: follow-ups of a running story keep joining it, while a new event with the same actors months
    /// later starts a story of its own.
    /// </summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Least combined similarity for an article to join a story. Default 0.40.</summary>
    public double JoinThreshold { get; set; } = 0.40;

    /// <summary>Least combined similarity of two stories (centroids and word profiles) for them to be merged. Default 0.45.</summary>
    public double MergeThreshold { get; set; } = 0.45;

    /// <summary>
    /// Least embedding similarity for any join or merge, whatever the words say: shared names alone ("Iran") do not make
    /// two events one story. Default 0.30.
    /// </summary>
    public double MinEmbeddingSimilarity { get; set; } = 0.30;

    /// <summary>Weight of the title-and-lead embedding similarity. Default 0.55.</summary>
    public double EmbeddingWeight { get; set; } = 0.55;

    /// <summary>Weight of the TF-IDF similarity of words and names. Default 0.30.</summary>
    public double TermWeight { get; set; } = 0.30;

    /// <summary>Weight of shared actors (from claims); when either side has none, the other weights share it. Default 0.15.</summary>
    public double EntityWeight { get; set; } = 0.15;

    /// <summary>Added when both name a same day (within one day) as their claims' dates. Default 0.05.</summary>
    public double SharedDateBonus { get; set; } = 0.05;

    /// <summary>
    /// Most telling terms of an article (count × IDF, actors first) looked up in the inverted index of terms to stories to
    /// find candidate stories, so no article is scored against every story. Default 24.
    /// </summary>
    public int CandidateTerms { get; set; } = 24;

    /// <summary>Most candidate stories scored in full per article, the ones sharing the most rare terms. Default 64.</summary>
    public int MaxCandidates { get; set; } = 64;
}
