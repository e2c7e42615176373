using Compare.Core.Domain;
using Compare.Core.Stories.Changes;

namespace Compare.Server.Worker;

/// <summary>A story's comparison the worker has just stored as a snapshot, with the one before it and their diff.</summary>
/// <param name="StoryId">The story.</param>
/// <param name="Label">The story's label.</param>
/// <param name="Previous">The comparison of the previous snapshot, or null for the story's first.</param>
/// <param name="Current">The comparison stored.</param>
/// <param name="Diff">What changed from <paramref name="Previous"/>, or null for the first.</param>
internal sealed record ComparisonStored(string StoryId, string Label, Comparison? Previous, Comparison Current, ComparisonDiff? Diff);
