namespace Compare.Storage.UrlStates;

/// <summary>Crawl state per URL: validators for conditional GET, the last outcome, errors.</summary>
public interface IUrlStateStore
{
    Task<UrlState?> GetAsync(string url, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces the state of <see cref="UrlState.Url"/>.</summary>
    Task SaveAsync(UrlState state, CancellationToken cancellationToken);

    /// <summary>URLs whose last attempt failed, of one outlet when <paramref name="outletId"/> is given, most recent first.</summary>
    Task<IReadOnlyList<UrlState>> ListFailedAsync(string? outletId, int limit, CancellationToken cancellationToken);
}
