namespace Compare.Storage.Outlets;

/// <summary>Outlets added, replaced or removed at run time; laid over the configured ones when a host starts.</summary>
public interface IOutletOverrideStore
{
    /// <summary>Adds or replaces the override of an outlet.</summary>
    Task SetAsync(OutletOverride value, CancellationToken cancellationToken);

    /// <summary>Every override, by id.</summary>
    Task<IReadOnlyList<OutletOverride>> ListAsync(CancellationToken cancellationToken);
}
