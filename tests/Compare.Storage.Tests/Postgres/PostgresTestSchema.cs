using Compare.Storage.Postgres;
using Npgsql;

namespace Compare.Storage.Tests.Postgres;

/// <summary>
/// A fresh, empty schema on the test server, as the search path of every store it opens: as good as a fresh database for the
/// store, and far cheaper to make. Disposing closes the stores and drops the schema with everything in it.
/// </summary>
internal sealed class PostgresTestSchema : IAsyncDisposable
{
    private readonly List<PostgresCompareStore> _opened = [];

    private PostgresTestSchema(string name)
    {
        Name = name;
        ConnectionString = PostgresTestServer.With(searchPath: name);
    }

    public string Name { get; }

    /// <summary>The server's connection string with this schema as the search path.</summary>
    public string ConnectionString { get; }

    public static async Task<PostgresTestSchema> CreateAsync(CancellationToken cancellationToken)
    {
        var schema = new PostgresTestSchema(PostgresTestServer.UniqueName("t_"));
        await PostgresTestServer.ExecuteAsync($"CREATE SCHEMA {schema.Name};", cancellationToken);
        return schema;
    }

    /// <summary>A store with its own data source, as a separate process would have.</summary>
    public PostgresCompareStore Open(TimeProvider time)
    {
        var store = new PostgresCompareStore(ConnectionString, time);
        _opened.Add(store);
        return store;
    }

    /// <summary>Rows of a query in this schema.</summary>
    public async Task<List<object?[]>> QueryAsync(string sql, CancellationToken cancellationToken)
    {
        await using var source = NpgsqlDataSource.Create(ConnectionString);
        await using var command = source.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<object?[]>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            rows.Add(row.Select(v => v is DBNull ? null : v).ToArray());
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _opened)
        {
            await store.DisposeAsync();
        }

        await PostgresTestServer.ExecuteAsync($"DROP SCHEMA IF EXISTS {Name} CASCADE;", CancellationToken.None);
    }
}
