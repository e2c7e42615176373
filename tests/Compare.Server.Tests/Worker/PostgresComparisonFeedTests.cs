using Compare.Storage.Tests.Postgres;
using Compare.Core.Domain;
using Compare.Core.Stories;
using Compare.Server.Worker;
using Compare.Storage.Articles;
using Compare.Storage.Postgres;
using Compare.Storage.Stories;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Compare.Server.Tests.Worker;

/// <summary>The LISTEN/NOTIFY feed: a snapshot stored through another store (as another process would) reaches this process's listeners.</summary>
public sealed class PostgresComparisonFeedTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SubscribeAsync_SnapshotsStoredByAnotherProcess_ArriveInOrderWithTheirDiff()
    {
        await using var database = await PostgresTestDatabase.CreateAsync(Ct);
        await using var source = NpgsqlDataSource.Create(database.ConnectionString);
        await using var mine = new PostgresCompareStore(source, TimeProvider.System);
        await using var theirs = new PostgresCompareStore(database.ConnectionString, TimeProvider.System);
        await theirs.InitializeAsync(Ct);
        using var feed = new PostgresComparisonFeed(source, mine, TimeProvider.System, NullLogger<PostgresComparisonFeed>.Instance);
        await feed.StartAsync(Ct);
        await feed.Listening.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        await using var stream = feed.SubscribeAsync(stop.Token).GetAsyncEnumerator(stop.Token);
        var next = stream.MoveNextAsync().AsTask();

        var url = new Uri("https://harbor.example/budget");
        var article = new Article(ArticleIds.FromUrl(url), "harbor", url, "Budget adopted", null, DateTimeOffset.UtcNow, null, "en", "The council adopted it.");
        var saved = (await theirs.Articles.SaveAsync(new ArticleWrite(article, null, 1UL, DateTimeOffset.UtcNow, null), Ct)).Article;
        await theirs.Stories.ApplyAsync(new GroupingUpdate(
            [new GroupedArticle("s-1", new StoryArticle(saved.Article.Id, "harbor", saved.Article.PublishedAt!.Value, [0.6f, 0.8f], [], [], []), saved.TextHash)],
            [], [new StoryLabelUpdate("s-1", "Port Alder budget")]), Ct);
        await theirs.Snapshots.AddAsync("s-1", Comparison(differ: 1), "sig-1", DateTimeOffset.UtcNow, Ct);
        await theirs.Snapshots.AddAsync("s-1", Comparison(differ: 2), "sig-2", DateTimeOffset.UtcNow, Ct);

        Assert.True(await next.WaitAsync(TimeSpan.FromSeconds(30), Ct));
        var first = stream.Current;
        Assert.True(await stream.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30), Ct));
        var second = stream.Current;

        Assert.Equal(("s-1", "Port Alder budget"), (first.StoryId, first.Label));
        Assert.Null(first.Previous);
        Assert.Null(first.Diff);
        Assert.Single(first.Current.Findings);
        Assert.Equal(2, second.Current.Findings.Count);
        Assert.NotNull(second.Previous);
        Assert.Single(second.Previous.Findings);
        Assert.NotNull(second.Diff);
        await stop.CancelAsync();
        await feed.StopAsync(CancellationToken.None);
    }

    private static Comparison Comparison(int differ)
    {
        var findings = Enumerable.Range(0, differ)
            .Select(i => new Finding($"d{i}", FindingKind.Differ, $"c{i}", $"The council voted {i}-3.", ["a", "b"], [], [], 1, 1)).ToList();
        return new Comparison("s-1", "Port Alder budget", DateTimeOffset.UtcNow, [new Outlet("a", "A", new Uri("https://a.example/"), "en")], [], [],
            findings, [], new ComparisonMethod("1.0", "m", "p", []));
    }
}
