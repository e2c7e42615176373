using Npgsql;

namespace Compare.Storage.Tests.Postgres;

/// <summary>
/// The PostgreSQL server the tests run against, named by <c>PG_TEST_CONNSTR</c> (a role with CREATEDB). Without it the
/// PostgreSQL tests are skipped, except on CI (<c>CI=true</c>), where a missing server is a failure, not a skip.
/// </summary>
internal static class PostgresTestServer
{
    public const string Variable = "PG_TEST_CONNSTR";

    private static readonly Lazy<NpgsqlDataSource> Admin = new(() => NpgsqlDataSource.Create(RequireConnectionString()));

    /// <summary>The server's connection string; skips (or, on CI, fails) the calling test when there is none.</summary>
    public static string RequireConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"{Variable} is not set, but CI=true: CI must provide a PostgreSQL server for the PostgreSQL store tests");
        }

        Assert.Skip($"PostgreSQL tests need a server: set {Variable} to an Npgsql connection string of a role with CREATEDB");
        return string.Empty;
    }

    /// <summary>The connection string with another database or search path.</summary>
    public static string With(string? database = null, string? searchPath = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(RequireConnectionString());
        if (database is not null)
        {
            builder.Database = database;
        }

        if (searchPath is not null)
        {
            builder.SearchPath = searchPath;
        }

        return builder.ConnectionString;
    }

    /// <summary>Runs one statement on the test server's own database (names in it are generated, never user input).</summary>
    public static async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = Admin.Value.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A name no other test (or test run) uses: lower case, so it needs no quoting.</summary>
    public static string UniqueName(string prefix) => prefix + Guid.NewGuid().ToString("N");
}
