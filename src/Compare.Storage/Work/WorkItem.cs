namespace Compare.Storage.Work;

/// <summary>A claimed item: its lease is held by the claimer until it completes, releases or lets the lease run out.</summary>
/// <param name="Id">Store-assigned number, used to renew and complete.</param>
/// <param name="RunKey">The run the item belongs to.</param>
/// <param name="Kind">Page or story.</param>
/// <param name="Key">Unique within run and kind.</param>
/// <param name="Group">What counts are grouped by.</param>
/// <param name="Payload">As enqueued.</param>
/// <param name="Attempts">Claims so far, this one included; above 1 the item was taken over from a claimer that died or gave it back.</param>
public sealed record WorkItem(long Id, string RunKey, WorkKind Kind, string Key, string Group, string Payload, int Attempts);
