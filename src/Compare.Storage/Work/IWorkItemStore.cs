namespace Compare.Storage.Work;

/// <summary>
/// Work shared by every worker on one database: a run enqueues its items, any worker claims some with a lease, renews the
/// lease while it works and completes each item with its outcome. A lease that runs out (its worker died) makes the item
/// claimable again, so nothing is lost; no two live leases ever cover one item, so nothing is done twice at once.
/// </summary>
public interface IWorkItemStore
{
    /// <summary>
    /// Adds the items of <paramref name="runKey"/> that are not there yet (by kind and key) and returns how many it added; a
    /// run that is resumed (the same run key) adds nothing twice, and items already done stay done.
    /// </summary>
    Task<int> EnqueueAsync(string runKey, WorkKind kind, IReadOnlyList<WorkItemSpec> items, CancellationToken cancellationToken);

    /// <summary>
    /// Hands out up to <see cref="WorkClaim.Limit"/> items no one holds (never claimed, given back, or whose lease ran out): by
    /// place in their enqueued list, then oldest first, so the lists of a run (one per outlet, hence per host) are worked in
    /// turn rather than one after the other, and several workers keep several hosts busy.
    /// </summary>
    Task<IReadOnlyList<WorkItem>> ClaimAsync(WorkClaim claim, CancellationToken cancellationToken);

    /// <summary>Extends the owner's leases on the given items; returns how many it still held.</summary>
    Task<int> RenewAsync(string owner, IReadOnlyCollection<long> ids, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Marks an item done with its outcome; false when the owner no longer held it (its lease ran out and another took it).</summary>
    Task<bool> CompleteAsync(long id, string owner, WorkOutcome outcome, CancellationToken cancellationToken);

    /// <summary>Gives an item back undone (the worker stops), so another may claim it at once; false when the owner did not hold it.</summary>
    Task<bool> ReleaseAsync(long id, string owner, CancellationToken cancellationToken);

    /// <summary>Where the items of one kind of a run stand, per group, with the completed items' counts summed.</summary>
    Task<WorkRunCounts> CountAsync(string runKey, WorkKind kind, CancellationToken cancellationToken);
}
