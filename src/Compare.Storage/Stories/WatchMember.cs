namespace Compare.Storage.Stories;

/// <summary>An article a topic watch gathered, with its match score.</summary>
public sealed record WatchMember(string ArticleId, double Score);
