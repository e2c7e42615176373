using Compare.Core.Stories.Grouping;

namespace Compare.Storage.Stories;

/// <summary>What one grouping pass decided, written in one transaction.</summary>
/// <param name="Articles">Articles grouped or regrouped, with their (final) event story.</param>
/// <param name="Merges">Stories merged into others, in order: their members move to the survivor.</param>
/// <param name="Labels">Labels of new and changed stories.</param>
public sealed record GroupingUpdate(IReadOnlyList<GroupedArticle> Articles, IReadOnlyList<StoryMerge> Merges, IReadOnlyList<StoryLabelUpdate> Labels);
