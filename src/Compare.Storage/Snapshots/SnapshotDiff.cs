using Compare.Core.Stories.Changes;

namespace Compare.Storage.Snapshots;

/// <summary>The diff between two successive snapshots of a story.</summary>
public sealed record SnapshotDiff(string StoryId, int FromVersion, int ToVersion, DateTimeOffset CreatedAt, ComparisonDiff Diff);
