using Compare.Storage.Outlets;

namespace Compare.Storage.Postgres;

internal sealed class PostgresOutletOverrideStore(PostgresDatabase database) : IOutletOverrideStore
{
    public async Task SetAsync(OutletOverride value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        await database.ExecuteAsync(
            "INSERT INTO outlet_overrides(id, definition, updated_at) VALUES (@id, @d, @at) " +
            "ON CONFLICT (id) DO UPDATE SET definition = EXCLUDED.definition, updated_at = EXCLUDED.updated_at;",
            p =>
            {
                p.AddText("id", value.Id);
                p.AddText("d", value.Definition);
                p.AddTime("at", value.UpdatedAt);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<OutletOverride>> ListAsync(CancellationToken cancellationToken) =>
        await database.QueryAsync(
            "SELECT id, definition, updated_at FROM outlet_overrides ORDER BY id;",
            _ => { },
            r => new OutletOverride(r.GetString(0), PostgresValues.ReadStringOrNull(r, 1), PostgresValues.ReadTime(r, 2)),
            cancellationToken).ConfigureAwait(false);
}
