namespace Compare.Cli.Tests.Commands;

public sealed class CrawlCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Invoke_OnceForOneFolderOutlet_StoresEachOfItsPages(string kind)
    {
        await using var database = await StoreDatabase.CreateAsync(kind, Ct);
        var pages = Directory.GetFiles(RepoPaths.Corpus, "meridian-post.html", SearchOption.AllDirectories).Length;

        var (code, output, errors) = await Cli.RunAsync(["crawl", "--once", "--outlet", "meridian-post", .. database.Args]);

        Assert.Equal((0, string.Empty), (code, errors));
        Assert.Contains("Crawl run 1 ", output, StringComparison.Ordinal);
        Assert.Contains("meridian-post", output, StringComparison.Ordinal);
        Assert.True(pages > 0);
        Assert.Equal(pages, await database.UseAsync(s => s.Articles.CountAsync("meridian-post", Ct)));
        Assert.Equal(0, await database.UseAsync(s => s.Articles.CountAsync("eastgate-wire", Ct)));
    }
}
