namespace Compare.Storage.Work;

/// <summary>
/// Per-host politeness shared by every worker: request starts to one authority at least a crawl delay apart, whichever
/// process makes them. Each caller reserves the next start slot and waits until it.
/// </summary>
public interface IHostPacing
{
    /// <summary>
    /// Reserves the next start at <paramref name="authority"/> (the later of the host's next free slot and now) and moves the
    /// host's next free slot <paramref name="delay"/> after it; returns how long the caller must wait before it starts
    /// (zero when the host is free now).
    /// </summary>
    Task<TimeSpan> ReserveAsync(string authority, TimeSpan delay, CancellationToken cancellationToken);
}
