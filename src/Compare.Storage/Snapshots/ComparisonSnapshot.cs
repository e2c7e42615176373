using Compare.Core.Domain;

namespace Compare.Storage.Snapshots;

/// <summary>A story's comparison as computed at one time.</summary>
/// <param name="StoryId">The story.</param>
/// <param name="Version">1 for the first comparison of the story, then 2, 3...</param>
/// <param name="CreatedAt">When it was stored.</param>
/// <param name="Signature">The story's member signature it was computed from.</param>
/// <param name="Comparison">The comparison.</param>
public sealed record ComparisonSnapshot(string StoryId, int Version, DateTimeOffset CreatedAt, string Signature, Comparison Comparison);
