namespace Compare.Server.Stories;

/// <summary>What a grouping pass did.</summary>
/// <param name="Articles">Articles grouped (new or revised).</param>
/// <param name="NewStories">Stories started.</param>
/// <param name="Merged">Stories merged into others (gone).</param>
/// <param name="ChangedStories">Stories whose articles changed.</param>
internal sealed record GroupingSummary(int Articles, int NewStories, IReadOnlyList<string> Merged, IReadOnlyList<string> ChangedStories)
{
    public static GroupingSummary None { get; } = new(0, 0, [], []);
}
