namespace Compare.Storage.Stories;

/// <summary>A position in the story listing (update time descending, then id): the last story of a page.</summary>
public sealed record StoryCursor(DateTimeOffset UpdatedAt, string Id);
