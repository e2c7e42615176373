namespace Compare.Storage.Work;

/// <summary>What a worker asks of the queue.</summary>
/// <param name="Owner">Who claims (unique per process); only the owner may renew or complete what it claimed.</param>
/// <param name="Kind">Page or story.</param>
/// <param name="Limit">Most items handed out.</param>
/// <param name="Lease">How long the items stay the owner's without a renewal; after that another worker may claim them.</param>
/// <param name="RunKey">Only items of this run; null for any run.</param>
public sealed record WorkClaim(string Owner, WorkKind Kind, int Limit, TimeSpan Lease, string? RunKey = null);
