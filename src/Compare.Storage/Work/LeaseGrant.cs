namespace Compare.Storage.Work;

/// <summary>A named lease held.</summary>
/// <param name="Name">The lease.</param>
/// <param name="Generation">
/// Counts the holders that changed what the lease guards (released with <c>changed: true</c>, or died holding it); a holder
/// that kept state in memory and sees another generation than the one it left knows someone else changed the data.
/// </param>
public sealed record LeaseGrant(string Name, long Generation);
