namespace Compare.Server.Worker;

/// <summary>
/// Tells listeners (the gRPC WatchFindings streams) about every comparison the worker stores. In process here; a
/// deployment of several processes replaces it with one fed by the database.
/// </summary>
internal interface IComparisonFeed
{
    void Publish(ComparisonStored stored);

    /// <summary>Every comparison stored from now on, until <paramref name="cancellationToken"/> is cancelled.</summary>
    IAsyncEnumerable<ComparisonStored> SubscribeAsync(CancellationToken cancellationToken);
}
