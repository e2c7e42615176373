using Compare.Core.Stories;

namespace Compare.Storage.Stories;

/// <summary>An article's grouping features, the event story it belongs to, and the text version they were computed from.</summary>
public sealed record GroupedArticle(string StoryId, StoryArticle Features, string TextHash);
