namespace Compare.Core.Stories.Grouping;

/// <summary>What grouping a batch of articles changed.</summary>
/// <param name="Assignments">The story of each article of the batch, after merges.</param>
/// <param name="NewStories">Stories the batch started (and that were not merged away).</param>
/// <param name="Merges">Stories merged into others, in order.</param>
/// <param name="ChangedStories">Stories that gained, lost or changed articles, or took in a merged story.</param>
public sealed record GroupingResult(
    IReadOnlyDictionary<string, string> Assignments,
    IReadOnlyList<string> NewStories,
    IReadOnlyList<StoryMerge> Merges,
    IReadOnlyList<string> ChangedStories);
