namespace Compare.Storage.Stories;

/// <summary>A story as stored, with the figures of its latest comparison.</summary>
/// <param name="Id">Story id (<c>s-…</c> for events, <c>w-…</c> for watches).</param>
/// <param name="Kind">Event or watch.</param>
/// <param name="WatchId">The topic watch, for a watch story.</param>
/// <param name="Label">Salient names and keywords, or the watch's name.</param>
/// <param name="CreatedAt">When it was started.</param>
/// <param name="UpdatedAt">When its articles last changed.</param>
/// <param name="OutletIds">Outlets covering it, by id.</param>
/// <param name="ArticleCount">Articles in it.</param>
/// <param name="MemberSignature">Hash of its articles and their text versions.</param>
/// <param name="ComparedSignature">The member signature its latest snapshot was computed from, or null.</param>
/// <param name="SnapshotVersion">Version of its latest snapshot, or null before the first comparison.</param>
/// <param name="LastComparedAt">When it was last compared.</param>
/// <param name="Differences">Differ findings of its latest comparison.</param>
/// <param name="Omissions">Omitted findings of its latest comparison.</param>
/// <param name="MergedInto">The story it was merged into, or null.</param>
public sealed record StoredStory(
    string Id,
    StoryKind Kind,
    string? WatchId,
    string Label,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<string> OutletIds,
    int ArticleCount,
    string MemberSignature,
    string? ComparedSignature,
    int? SnapshotVersion,
    DateTimeOffset? LastComparedAt,
    int? Differences,
    int? Omissions,
    string? MergedInto)
{
    /// <summary>True when its articles changed since its latest comparison.</summary>
    public bool IsStale => !string.Equals(MemberSignature, ComparedSignature, StringComparison.Ordinal);
}
