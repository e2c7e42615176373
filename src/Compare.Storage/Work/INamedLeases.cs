namespace Compare.Storage.Work;

/// <summary>
/// Named exclusive leases across processes (one story grouping pass at a time, one comparison of a story at a time). A
/// lease that is not renewed runs out, so a dead holder never blocks the others for longer than its lease.
/// </summary>
public interface INamedLeases
{
    /// <summary>Takes the lease when no one else holds it (or their lease ran out); null when someone does. The holder may take it again.</summary>
    Task<LeaseGrant?> TryAcquireAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Extends the owner's lease; false when it no longer holds it.</summary>
    Task<bool> RenewAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>
    /// Lets the lease go; with <paramref name="changed"/> the generation moves on, telling other processes their memory of
    /// what it guards is stale. Returns the generation after the release (unchanged when the owner did not hold the lease).
    /// </summary>
    Task<long> ReleaseAsync(string name, string owner, bool changed, CancellationToken cancellationToken);

    /// <summary>The lease's current generation (0 for one never taken).</summary>
    Task<long> GetGenerationAsync(string name, CancellationToken cancellationToken);
}
