namespace Compare.Storage.Robots;

/// <summary>robots.txt files per authority, so a restart does not refetch them before they expire.</summary>
public interface IRobotsCacheStore
{
    Task<RobotsCacheEntry?> GetAsync(string authority, CancellationToken cancellationToken);

    Task SaveAsync(RobotsCacheEntry entry, CancellationToken cancellationToken);
}
