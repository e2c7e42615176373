using System.Globalization;

namespace Compare.Core.Stories.Changes;

/// <summary>What changed in a story's comparison from one snapshot to the next.</summary>
/// <param name="StoryId">The story.</param>
/// <param name="FromComparedAt">When the earlier comparison was computed.</param>
/// <param name="ToComparedAt">When the later one was computed.</param>
/// <param name="Changes">Every change, grouped by kind in the order of <see cref="FactChangeKind"/>.</param>
public sealed record ComparisonDiff(string StoryId, DateTimeOffset FromComparedAt, DateTimeOffset ToComparedAt, IReadOnlyList<FactChange> Changes)
{
    public int NewDifferences => Count(FactChangeKind.NewDifference);

    public int ResolvedDifferences => Count(FactChangeKind.ResolvedDifference);

    public int NewlyCovered => Count(FactChangeKind.NewlyCovered);

    public int NewOmissions => Count(FactChangeKind.NewOmission);

    /// <summary>"2 new differences, 1 resolved, 3 facts newly covered, 0 new omissions".</summary>
    public string Summary => string.Create(
        CultureInfo.InvariantCulture,
        $"{NewDifferences} new differences, {ResolvedDifferences} resolved, {NewlyCovered} facts newly covered, {NewOmissions} new omissions");

    private int Count(FactChangeKind kind) => Changes.Count(c => c.Kind == kind);
}
