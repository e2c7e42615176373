namespace Compare.Cli.Tests.Commands;

/// <summary>
/// <c>$COMPARE_POSTGRES</c> is process-wide: these tests set it, so they run alone (<see cref="ProcessEnvironment"/>), after
/// the parallel ones.
/// </summary>
[Collection(nameof(ProcessEnvironment))]
public sealed class DatabaseOptionsEnvironmentTests : IDisposable
{
    private const string Unreachable = "Host=127.0.0.1;Port=1;Database=from_environment;Username=someone;Password=s3cret-pw;Timeout=2";

    public DatabaseOptionsEnvironmentTests() => Environment.SetEnvironmentVariable("COMPARE_POSTGRES", Unreachable);

    public void Dispose() => Environment.SetEnvironmentVariable("COMPARE_POSTGRES", null);

    [Fact]
    public async Task RunAsync_VariableAndNoOption_UsesPostgres()
    {
        var (code, _, errors) = await Cli.RunAsync(["watch", "list"]);

        Assert.Equal(2, code);
        Assert.StartsWith("compare: PostgreSQL database 127.0.0.1:1/from_environment: Failed to connect", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_VariableAndDb_UsesTheFile()
    {
        await using var database = await StoreDatabase.CreateAsync("sqlite", TestContext.Current.CancellationToken);

        var (code, output, errors) = await Cli.RunAsync(["stories", .. database.Args]);

        Assert.Equal((0, string.Empty), (code, errors));
        Assert.Contains("No stories yet", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_VariableMalformed_NamesTheVariable()
    {
        Environment.SetEnvironmentVariable("COMPARE_POSTGRES", "Hots=db.example;Password=s3cret-pw");

        var (code, _, errors) = await Cli.RunAsync(["schedule", "list"]);

        Assert.Equal(2, code);
        Assert.StartsWith("compare: $COMPARE_POSTGRES is not a PostgreSQL connection string: ", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", errors, StringComparison.Ordinal);
    }
}
