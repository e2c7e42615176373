using System.Globalization;
using Npgsql;

namespace Compare.Cli.Tests;

/// <summary>
/// A fresh database on the PostgreSQL server named by <c>PG_TEST_CONNSTR</c>, dropped on dispose. Without the variable the
/// test is skipped, unless <c>CI=true</c>: there a missing server is a failure.
/// </summary>
internal sealed class PostgresTestDatabase : IAsyncDisposable
{
    private readonly string _adminConnectionString;

    private PostgresTestDatabase(string adminConnectionString, string name, string connectionString)
    {
        _adminConnectionString = adminConnectionString;
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<PostgresTestDatabase> CreateAsync(CancellationToken cancellationToken)
    {
        var admin = Environment.GetEnvironmentVariable("PG_TEST_CONNSTR");
        if (string.IsNullOrWhiteSpace(admin))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail("PG_TEST_CONNSTR is not set, and CI=true: the PostgreSQL tests must run in CI");
            }

            Assert.Skip("PostgreSQL tests need PG_TEST_CONNSTR (a server where the user may CREATE DATABASE)");
        }

        var name = "compare_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand(string.Create(CultureInfo.InvariantCulture, $"CREATE DATABASE {name};"), connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new PostgresTestDatabase(admin, name, builder.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand(string.Create(CultureInfo.InvariantCulture, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE);"), connection);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await drop.ExecuteNonQueryAsync();
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
