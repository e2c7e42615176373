using Compare.Storage.Outlets;

namespace Compare.Storage.Sqlite;

internal sealed class SqliteOutletOverrideStore(SqliteDatabase database) : IOutletOverrideStore
{
    public async Task SetAsync(OutletOverride value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(
                connection,
                "INSERT INTO outlet_overrides(id, definition, updated_at) VALUES ($id, $d, $at) " +
                "ON CONFLICT(id) DO UPDATE SET definition = $d, updated_at = $at;");
            command.Parameters.AddWithValue("$id", value.Id);
            command.Parameters.AddWithValue("$d", SqliteValues.OrNull(value.Definition));
            command.Parameters.AddWithValue("$at", SqliteValues.Time(value.UpdatedAt));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<OutletOverride>> ListAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(connection, "SELECT id, definition, updated_at FROM outlet_overrides ORDER BY id;");
            var list = new List<OutletOverride>();
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    list.Add(new OutletOverride(reader.GetString(0), SqliteValues.ReadStringOrNull(reader, 1), SqliteValues.ReadTime(reader, 2)));
                }
            }

            return list;
        }
    }
}
