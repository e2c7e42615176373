using System.Security.Cryptography;
using Npgsql;

namespace Compare.Server.Tests.Cluster;

/// <summary>
/// A fresh, empty database on the PostgreSQL server named by <c>PG_TEST_CONNSTR</c> (started by <c>.ci/run</c>), dropped
/// at the end. Without that variable the test is skipped, except in CI (<c>CI=true</c>), where it fails.
/// </summary>
internal sealed class PostgresDatabase : IAsyncDisposable
{
    public const string Variable = "PG_TEST_CONNSTR";

    private readonly string _server;

    private PostgresDatabase(string server, string name)
    {
        _server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<PostgresDatabase> CreateAsync(CancellationToken cancellationToken)
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail($"{Variable} is not set: .ci/run starts PostgreSQL and sets it; this test needs it in CI");
            }

            Assert.Skip($"{Variable} is not set (a PostgreSQL connection string; .ci/run sets it)");
        }

        var name = "compare_cluster_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        return new PostgresDatabase(server, name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync(CancellationToken.None);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await drop.ExecuteNonQueryAsync(CancellationToken.None);
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 20)
            {
                // A vacuum worker (the superuser's) in the fresh database makes FORCE fail (42501) until it ends, which is soon.
                await Task.Delay(250, CancellationToken.None);
            }
        }
    }
}
