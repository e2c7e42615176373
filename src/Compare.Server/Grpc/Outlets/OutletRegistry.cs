using System.Text.Json;
using System.Text.Json.Serialization;
using Compare.Crawling.Configuration;
using Compare.Server.Grpc.Errors;
using Compare.Storage;
using Compare.Storage.Outlets;
using Microsoft.Extensions.Options;

namespace Compare.Server.Grpc.Outlets;

/// <summary>
/// The outlets as the API changes them: the configured outlets with the stored overrides laid over them (added, replaced,
/// removed), applied to the crawler's <see cref="OutletCatalog"/> so the next crawl, schedule or comparison sees them, and
/// kept in the store so a restart keeps them. One change at a time.
/// </summary>
internal sealed class OutletRegistry(
    OutletCatalog catalog, IOptions<OutletsOptions> configured, ICompareStore store, TimeProvider time, ILogger<OutletRegistry> logger) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Applies the stored overrides to the catalog; an override that no longer passes the checks is logged and left out.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var overrides = await store.OutletOverrides.ListAsync(cancellationToken).ConfigureAwait(false);
            var usable = new List<OutletOverride>();
            foreach (var o in overrides)
            {
                try
                {
                    if (o.Definition is not null)
                    {
                        Check(Read(o));
                    }

                    usable.Add(o);
                }
                catch (Exception ex) when (ex is FormatException or JsonException or InvalidOperationException)
                {
                    GrpcLog.OutletOverrideInvalid(logger, o.Id, ex.Message);
                }
            }

            catalog.Replace(Compose(usable));
        }
        finally
        {
            _gate.Release();
        }
    }

    public IReadOnlyList<CrawlOutlet> List() => catalog.Outlets.OrderBy(o => o.Id, StringComparer.Ordinal).ToList();

    /// <summary>Adds or replaces an outlet; returns it as the crawler will read it.</summary>
    public async Task<CrawlOutlet> UpsertAsync(OutletConfig outlet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outlet);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var change = new OutletOverride(outlet.Id, JsonSerializer.Serialize(outlet, Json), time.GetUtcNow());
            var overrides = await WithAsync(change, cancellationToken).ConfigureAwait(false);
            var composed = Compose(overrides);
            try
            {
                catalog.Replace(composed);
            }
            catch (FormatException ex)
            {
                throw RpcErrors.InvalidArgument("outlet", ex.Message);
            }

            await store.OutletOverrides.SetAsync(change, cancellationToken).ConfigureAwait(false);
            GrpcLog.OutletsChanged(logger, outlet.Id, "set");
            return catalog.Outlets.First(o => o.Id == outlet.Id);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Removes an outlet: NOT_FOUND when there is none; FAILED_PRECONDITION while a schedule names it.</summary>
    public async Task RemoveAsync(string id, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (catalog.Outlets.All(o => o.Id != id))
            {
                throw RpcErrors.NotFound($"id: no outlet '{id}' (see ListOutlets)");
            }

            var schedules = (await store.Schedules.ListAsync(cancellationToken).ConfigureAwait(false)).Where(s => s.OutletIds.Contains(id)).Select(s => s.Id).ToList();
            if (schedules.Count > 0)
            {
                throw RpcErrors.FailedPrecondition($"outlet '{id}' is crawled by schedule {string.Join(", ", schedules)}: delete or change the schedule first");
            }

            var change = new OutletOverride(id, null, time.GetUtcNow());
            catalog.Replace(Compose(await WithAsync(change, cancellationToken).ConfigureAwait(false)));
            await store.OutletOverrides.SetAsync(change, cancellationToken).ConfigureAwait(false);
            GrpcLog.OutletsChanged(logger, id, "removed");
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<List<OutletOverride>> WithAsync(OutletOverride change, CancellationToken cancellationToken)
    {
        var overrides = (await store.OutletOverrides.ListAsync(cancellationToken).ConfigureAwait(false)).Where(o => o.Id != change.Id).ToList();
        overrides.Add(change);
        return overrides;
    }

    /// <summary>The configured outlets in their order, each replaced or removed by its override, then the added ones by id.</summary>
    private List<OutletConfig> Compose(IReadOnlyList<OutletOverride> overrides)
    {
        var byId = overrides.ToDictionary(o => o.Id, StringComparer.Ordinal);
        var result = new List<OutletConfig>();
        foreach (var c in configured.Value.Outlets)
        {
            if (!byId.Remove(c.Id, out var o))
            {
                result.Add(c);
            }
            else if (o.Definition is not null)
            {
                result.Add(Read(o));
            }
        }

        result.AddRange(byId.Values.Where(o => o.Definition is not null).OrderBy(o => o.Id, StringComparer.Ordinal).Select(Read));
        return result;
    }

    /// <summary>Runs the catalog's own checks on one outlet (throws <see cref="FormatException"/> naming the field).</summary>
    internal static void Check(OutletConfig outlet) => _ = new OutletCatalog(Options.Create(new OutletsOptions { Outlets = [outlet] }));

    private static OutletConfig Read(OutletOverride o) =>
        JsonSerializer.Deserialize<OutletConfig>(o.Definition!, Json) ?? throw new InvalidOperationException($"outlet override {o.Id} is JSON null");
}
