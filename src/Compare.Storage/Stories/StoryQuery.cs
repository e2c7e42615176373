namespace Compare.Storage.Stories;

/// <summary>Which open stories to list, and from where.</summary>
/// <param name="OutletId">Only stories this outlet covers; null for all.</param>
/// <param name="UpdatedFrom">Only stories updated at or after this time; null for no bound.</param>
/// <param name="UpdatedBefore">Only stories updated before this time; null for no bound.</param>
/// <param name="Words">Only stories whose label or one of whose article titles contains every one of these words (case-insensitive).</param>
/// <param name="After">The last story of the previous page, or null for the first page.</param>
/// <param name="Limit">Most stories to return.</param>
public sealed record StoryQuery(
    string? OutletId, DateTimeOffset? UpdatedFrom, DateTimeOffset? UpdatedBefore, IReadOnlyList<string> Words, StoryCursor? After, int Limit);
