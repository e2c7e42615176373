using Compare.Core.Domain;

namespace Compare.Storage.Snapshots;

/// <summary>Comparisons kept over time, and what changed between them.</summary>
public interface ISnapshotStore
{
    /// <summary>
    /// Stores the next version of a story's comparison, computed from the articles with member signature
    /// <paramref name="signature"/>, and records it on the story (its figures, its compared signature).
    /// </summary>
    Task<ComparisonSnapshot> AddAsync(string storyId, Comparison comparison, string signature, DateTimeOffset createdAt, CancellationToken cancellationToken);

    /// <summary>The newest snapshot of a story, or null.</summary>
    Task<ComparisonSnapshot?> GetLatestAsync(string storyId, CancellationToken cancellationToken);

    /// <summary>One version of a story's comparison, or null.</summary>
    Task<ComparisonSnapshot?> GetAsync(string storyId, int version, CancellationToken cancellationToken);

    /// <summary>Every snapshot of a story, oldest first.</summary>
    Task<IReadOnlyList<ComparisonSnapshot>> ListAsync(string storyId, CancellationToken cancellationToken);

    Task AddDiffAsync(SnapshotDiff diff, CancellationToken cancellationToken);

    /// <summary>Every diff of a story, oldest first.</summary>
    Task<IReadOnlyList<SnapshotDiff>> ListDiffsAsync(string storyId, CancellationToken cancellationToken);
}
