using Compare.Storage.Schedules;

namespace Compare.Cli.Tests.Commands;

public sealed class ScheduleCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task AddListRemove_UserSchedule_IsStoredListedAndGone(string kind)
    {
        await using var database = await StoreDatabase.CreateAsync(kind, Ct);

        var added = await Cli.RunAsync(["schedule", "add", "nightly", "--cron", "0 0 3 * * ?", "--time-zone", "Europe/Paris",
            "--outlet", "meridian-post", .. database.Args]);
        var again = await Cli.RunAsync(["schedule", "add", "nightly", "--cron", "0 0 4 * * ?", .. database.Args]);
        var stored = await database.UseAsync(s => s.Schedules.GetAsync("nightly", Ct));
        var listed = await Cli.RunAsync(["schedule", "list", .. database.Args]);
        var removed = await Cli.RunAsync(["schedule", "remove", "nightly", .. database.Args]);
        var left = await database.UseAsync(s => s.Schedules.ListAsync(Ct));
        var removedAgain = await Cli.RunAsync(["schedule", "remove", "nightly", .. database.Args]);

        Assert.Equal(0, added.Code);
        Assert.StartsWith("Added schedule nightly: '0 0 3 * * ?' (Europe/Paris), next ", added.Output, StringComparison.Ordinal);
        Assert.Equal(2, again.Code);
        Assert.Contains("schedule 'nightly' already exists", again.Errors, StringComparison.Ordinal);
        Assert.NotNull(stored);
        Assert.Equal(("0 0 3 * * ?", "Europe/Paris", ScheduleSource.User), (stored.Cron, stored.TimeZone, stored.Source));
        Assert.Equal(["meridian-post"], stored.OutletIds);
        Assert.Equal(0, listed.Code);
        Assert.Contains("nightly", listed.Output, StringComparison.Ordinal);
        Assert.Contains("0 0 3 * * ?", listed.Output, StringComparison.Ordinal);
        Assert.Contains("Europe/Paris", listed.Output, StringComparison.Ordinal);
        Assert.Contains("meridian-post", listed.Output, StringComparison.Ordinal);
        Assert.Equal((0, "Removed schedule nightly."), (removed.Code, removed.Output.Trim()));
        Assert.Empty(left);
        Assert.Equal(1, removedAgain.Code);
        Assert.Contains("no schedule 'nightly'", removedAgain.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Remove_ScheduleFromConfiguration_IsKeptAndSaysWhereItComesFrom(string kind)
    {
        await using var database = await StoreDatabase.CreateAsync(kind, Ct);
        await database.UseAsync(async s =>
        {
            await s.Schedules.UpsertAsync(new CrawlSchedule("hourly", "0 0 * * * ?", "UTC", [], null, ScheduleSource.Configuration,
                new DateTimeOffset(2026, 6, 11, 9, 0, 0, TimeSpan.Zero)), Ct);
            return true;
        });

        var (code, _, errors) = await Cli.RunAsync(["schedule", "remove", "hourly", .. database.Args]);

        Assert.Equal(2, code);
        Assert.Contains("comes from the configuration (Worker:Schedules)", errors, StringComparison.Ordinal);
        Assert.NotNull(await database.UseAsync(s => s.Schedules.GetAsync("hourly", Ct)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Add_UnknownWatchAndOutlet_NamesBothAndStoresNothing(string kind)
    {
        await using var database = await StoreDatabase.CreateAsync(kind, Ct);

        var (code, _, errors) = await Cli.RunAsync(["schedule", "add", "daily", "--cron", "0 0 6 * * ?", "--watch", "nope",
            "--outlet", "no-such-outlet", .. database.Args]);

        Assert.Equal(2, code);
        Assert.Contains("watch 'nope' does not exist", errors, StringComparison.Ordinal);
        Assert.Contains("outlet 'no-such-outlet' is not configured", errors, StringComparison.Ordinal);
        Assert.Empty(await database.UseAsync(s => s.Schedules.ListAsync(Ct)));
    }
}
