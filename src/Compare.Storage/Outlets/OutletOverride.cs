namespace Compare.Storage.Outlets;

/// <summary>An outlet added, replaced or removed at run time, over the configured outlets.</summary>
/// <param name="Id">Outlet id.</param>
/// <param name="Definition">
/// The outlet as JSON in the shape of one entry of the configuration's <c>Outlets</c> array, or null when the outlet is removed.
/// The store keeps it as text: what an outlet holds is the crawler's business.
/// </param>
/// <param name="UpdatedAt">When it was written.</param>
public sealed record OutletOverride(string Id, string? Definition, DateTimeOffset UpdatedAt);
