using Npgsql;
using NpgsqlTypes;

namespace Compare.Storage.Postgres;

/// <summary>
/// How values go to and come from PostgreSQL: every parameter typed explicitly (a null then still has a type), times as UTC
/// timestamptz, lists as arrays; and the few command shapes every store repeats.
/// </summary>
internal static class PostgresValues
{
    public static void AddText(this NpgsqlParameterCollection parameters, string name, string? value) =>
        parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value });

    public static void AddJson(this NpgsqlParameterCollection parameters, string name, string value) =>
        parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Json) { Value = value });

    /// <summary>Npgsql writes only UTC offsets to timestamptz; the instant is what is stored.</summary>
    public static void AddTime(this NpgsqlParameterCollection parameters, string name, DateTimeOffset? value) =>
        parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.TimestampTz) { Value = value is { } v ? v.ToUniversalTime() : DBNull.Value });

    public static void AddInt(this NpgsqlParameterCollection parameters, string name, int? value) =>
        parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Integer) { Value = value is { } v ? v : DBNull.Value });

    public static void AddBigint(this NpgsqlParameterCollection parameters, string name, long value) =>
        parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Bigint) { Value = value });

    public static void AddDouble(this NpgsqlParameterCollection parameters, string name, double? value) =>
        parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Double) { Value = value is { } v ? v : DBNull.Value });

    public static void AddTextArray(this NpgsqlParameterCollection parameters, string name, IEnumerable<string> values) =>
        parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.ToArray() });

    public static void AddDoubleArray(this NpgsqlParameterCollection parameters, string name, IEnumerable<double> values) =>
        parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Double) { Value = values.ToArray() });

    /// <summary>float4 travels in binary, so every bit of every float comes back as written.</summary>
    public static void AddRealArray(this NpgsqlParameterCollection parameters, string name, float[] values) =>
        parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Real) { Value = values });

    public static DateTimeOffset ReadTime(NpgsqlDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public static DateTimeOffset? ReadTimeOrNull(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);

    public static string? ReadStringOrNull(NpgsqlDataReader reader,
        int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static int? ReadIntOrNull(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static string[] ReadTextArray(NpgsqlDataReader reader, int ordinal) => reader.GetFieldValue<string[]>(ordinal);

    public static float[] ReadRealArray(NpgsqlDataReader reader, int ordinal) => reader.GetFieldValue<float[]>(ordinal);

    public static async Task<int> ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, Action<NpgsqlParameterCollection> bind,
        CancellationToken cancellationToken)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        await using (command.ConfigureAwait(false))
        {
            bind(command.Parameters);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task<object?> ScalarAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, Action<NpgsqlParameterCollection> bind,
        CancellationToken cancellationToken)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        await using (command.ConfigureAwait(false))
        {
            bind(command.Parameters);
            var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return value is DBNull ? null : value;
        }
    }

    public static async Task<List<T>> QueryAsync<T>(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, Action<NpgsqlParameterCollection> bind,
        Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        await using (command.ConfigureAwait(false))
        {
            bind(command.Parameters);
            var list = new List<T>();
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    list.Add(read(reader));
                }
            }

            return list;
        }
    }
}
