namespace Compare.Storage.Articles;

/// <summary>A stored article whose SimHash shares at least one 8-bit band with the one searched for.</summary>
public sealed record NearDuplicateCandidate(string ArticleId, string OutletId, ulong SimHash, string? DuplicateOf, DateTimeOffset FirstSeenAt);
