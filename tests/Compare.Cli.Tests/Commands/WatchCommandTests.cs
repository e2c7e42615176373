namespace Compare.Cli.Tests.Commands;

public sealed class WatchCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task AddListRemove_TopicWatch_IsStoredListedAndGone(string kind)
    {
        await using var database = await StoreDatabase.CreateAsync(kind, Ct);

        var added = await Cli.RunAsync(["watch", "add", "hamas", "--query", "  Hamas Iran funding ", .. database.Args]);
        var again = await Cli.RunAsync(["watch", "add", "hamas", "--query", "something else", .. database.Args]);
        var stored = await database.UseAsync(s => s.Watches.GetAsync("hamas", Ct));
        var listed = await Cli.RunAsync(["watch", "list", .. database.Args]);
        var removed = await Cli.RunAsync(["watch", "remove", "hamas", .. database.Args]);
        var left = await database.UseAsync(s => s.Watches.ListAsync(Ct));
        var removedAgain = await Cli.RunAsync(["watch", "remove", "hamas", .. database.Args]);

        Assert.Equal(0, added.Code);
        Assert.StartsWith("Added watch hamas ('Hamas Iran funding')", added.Output, StringComparison.Ordinal);
        Assert.Equal(2, again.Code);
        Assert.Contains("watch 'hamas' already exists", again.Errors, StringComparison.Ordinal);
        Assert.NotNull(stored);
        Assert.Equal(("Hamas Iran funding", "Hamas Iran funding"), (stored.Name, stored.Query));
        Assert.Equal(0, listed.Code);
        Assert.Contains("hamas", listed.Output, StringComparison.Ordinal);
        Assert.Contains(stored.StoryId, listed.Output, StringComparison.Ordinal);
        Assert.Contains("not gathered yet", listed.Output, StringComparison.Ordinal);
        Assert.Equal((0, "Removed watch hamas."), (removed.Code, removed.Output.Trim()));
        Assert.Empty(left);
        Assert.Equal(1, removedAgain.Code);
        Assert.Contains("no watch 'hamas'", removedAgain.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Add_BadId_RefusedBeforeTheDatabaseIsTouched(string kind)
    {
        await using var database = await StoreDatabase.CreateAsync(kind, Ct);

        var (code, _, errors) = await Cli.RunAsync(["watch", "add", "Not An Id", "--query", "x", .. database.Args]);

        Assert.Equal(2, code);
        Assert.Contains("watch id 'Not An Id' must be lower-case letters, digits and dashes", errors, StringComparison.Ordinal);
        Assert.Empty(await database.UseAsync(s => s.Watches.ListAsync(Ct)));
    }
}
