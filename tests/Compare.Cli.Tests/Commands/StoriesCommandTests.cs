using System.Text.Json;
using Compare.Core.Domain;
using Compare.Core.Stories;
using Compare.Storage;
using Compare.Storage.Articles;
using Compare.Storage.Stories;

namespace Compare.Cli.Tests.Commands;

public sealed class StoriesCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Invoke_StoryOfTwoOutlets_ListsItTitledWithTheDatabaseName(string kind)
    {
        await using var database = await StoreDatabase.CreateAsync(kind, Ct);
        await database.UseAsync(SeedStoryAsync);

        var (code, output, errors) = await Cli.RunAsync(["stories", .. database.Args]);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, errors);
        Assert.Contains($"1 stories ({database.Name})", output, StringComparison.Ordinal);
        Assert.Contains("s-port-alder", output, StringComparison.Ordinal);
        Assert.Contains("Port Alder budget", output, StringComparison.Ordinal);
        Assert.Contains("a, b", output, StringComparison.Ordinal);
        Assert.Contains("pending", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", output, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Invoke_Json_GivesTheStoryWithItsOutletsAndArticleCount(string kind)
    {
        await using var database = await StoreDatabase.CreateAsync(kind, Ct);
        await database.UseAsync(SeedStoryAsync);

        var (code, output, _) = await Cli.RunAsync(["stories", "--json", .. database.Args]);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var story = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("s-port-alder", story.GetProperty("id").GetString());
        Assert.Equal("event", story.GetProperty("kind").GetString());
        Assert.Equal(["a", "b"], story.GetProperty("outlets").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal(2, story.GetProperty("articles").GetInt32());
        Assert.True(story.GetProperty("compared").GetBoolean());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Invoke_NoStories_SaysTheWorkerGroupsThemLater(string kind)
    {
        await using var database = await StoreDatabase.CreateAsync(kind, Ct);

        var (code, output, _) = await Cli.RunAsync(["stories", .. database.Args]);

        Assert.Equal(0, code);
        Assert.Contains("No stories yet", output, StringComparison.Ordinal);
    }

    private static async Task<bool> SeedStoryAsync(ICompareStore store)
    {
        var published = new DateTimeOffset(2026, 6, 11, 8, 0, 0, TimeSpan.Zero);
        var grouped = new List<GroupedArticle>();
        foreach (var outlet in new[] { "a", "b" })
        {
            var url = new Uri($"https://{outlet}.example/budget");
            var article = new Article(ArticleIds.FromUrl(url), outlet, url, "Budget adopted", null, published, null, "en",
                "The Port Alder council adopted the budget.");
            var saved = (await store.Articles.SaveAsync(new ArticleWrite(article, null, 1UL, published, null), Ct)).Article;
            grouped.Add(new GroupedArticle("s-port-alder", new StoryArticle(
                saved.Article.Id, outlet, published, [0.6f, 0.8f], [new ArticleTerm("budget", "budget", 2, false, true)],
                ["Port Alder"], [new DateOnly(2026, 6, 10)]), saved.TextHash));
        }

        await store.Stories.ApplyAsync(new GroupingUpdate(grouped, [], [new StoryLabelUpdate("s-port-alder", "Port Alder budget")]), Ct);
        return true;
    }
}
