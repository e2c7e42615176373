using Compare.Crawling.Configuration;
using Compare.Server.Grpc.Errors;

namespace Compare.Server.Grpc.Crawls;

internal static class CrawlRunRequest
{
    /// <summary>The outlets a TriggerCrawl asks for, checked against the catalog: the named ones, or every enabled one when none is named.</summary>
    public static IReadOnlyList<string> Outlets(OutletCatalog catalog, IReadOnlyList<string> outletIds)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(outletIds);
        var known = catalog.Outlets;
        for (var i = 0; i < outletIds.Count; i++)
        {
            Fields.Id(outletIds[i], $"outlet_ids[{i}]");
            if (known.All(o => o.Id != outletIds[i]))
            {
                throw RpcErrors.NotFound($"outlet_ids[{i}]: no outlet '{outletIds[i]}' (see ListOutlets)");
            }
        }

        var ids = outletIds.Count == 0 ? known.Where(o => o.Enabled).Select(o => o.Id).ToList() : outletIds.Distinct(StringComparer.Ordinal).ToList();
        return ids.Count == 0
            ? throw RpcErrors.FailedPrecondition("no outlet is enabled: name outlets in outlet_ids, or enable one with UpsertOutlet")
            : ids;
    }
}
