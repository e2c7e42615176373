namespace Compare.Cli.Tests.Commands;

public sealed class DatabaseOptionsTests
{
    /// <summary>Nothing listens on port 1; the short timeout bounds the attempt should the address not refuse at once.</summary>
    private const string Unreachable = "Host=127.0.0.1;Port=1;Database=compare_cli;Username=someone;Password=s3cret-pw;Timeout=2";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string[]> StoreCommands => new()
    {
        new[] { "stories" },
        new[] { "schedule", "list" },
        new[] { "schedule", "add", "nightly", "--cron", "0 0 3 * * ?" },
        new[] { "schedule", "remove", "nightly" },
        new[] { "watch", "list" },
        new[] { "watch", "add", "hamas", "--query", "Hamas" },
        new[] { "watch", "remove", "hamas" },
        new[] { "crawl", "--once", "--outlet", "meridian-post" },
    };

    [Theory]
    [MemberData(nameof(StoreCommands))]
    public async Task RunAsync_DbAndPostgresBoth_RefusedWithOneLine(string[] command)
    {
        var (code, output, errors) = await Cli.RunAsync([.. command, "--db", "compare.db", "--postgres", Unreachable]);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal("compare: --db and --postgres name two databases; give one of them", errors.Trim());
    }

    [Theory]
    [MemberData(nameof(StoreCommands))]
    public async Task RunAsync_UnreachablePostgres_NamesTheDatabaseNotThePassword(string[] command)
    {
        var (code, _, errors) = await Cli.RunAsync([.. command, "--postgres", Unreachable]);

        Assert.Equal(2, code);
        var line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(
            "compare: PostgreSQL database 127.0.0.1:1/compare_cli: Failed to connect to 127.0.0.1:1", line, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PostgresOptionAfterTheSubcommandsParent_IsTaken()
    {
        var (code, _, errors) = await Cli.RunAsync(["schedule", "--postgres", Unreachable, "list"]);

        Assert.Equal(2, code);
        Assert.StartsWith("compare: PostgreSQL database 127.0.0.1:1/compare_cli:", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MalformedConnectionString_SaysSoWithoutThePassword()
    {
        var (code, _, errors) = await Cli.RunAsync(["watch", "list", "--postgres", "Hots=db.example;Password=s3cret-pw"]);

        Assert.Equal(2, code);
        Assert.StartsWith("compare: --postgres is not a PostgreSQL connection string: ", errors, StringComparison.Ordinal);
        Assert.Contains("hots", errors, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("s3cret", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WrongPassword_SaysAuthenticationFailed()
    {
        await using var database = await StoreDatabase.CreateAsync("postgres", Ct);
        var wrong = database.ConnectionString + ";Password=not-the-password";

        var (code, _, errors) = await Cli.RunAsync(["stories", "--postgres", wrong]);

        Assert.Equal(2, code);
        Assert.StartsWith($"compare: {database.Name}: 28P01:", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MissingSqliteFile_NamesItAndBothOptions()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.db");

        var (code, _, errors) = await Cli.RunAsync(["schedule", "list", "--db", missing]);

        Assert.Equal(2, code);
        Assert.StartsWith($"compare: no database at {missing}: ", errors, StringComparison.Ordinal);
        Assert.Contains("--postgres CONNECTION_STRING", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }
}
