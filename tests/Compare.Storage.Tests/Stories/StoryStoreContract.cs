using Compare.Core.Domain;
using Compare.Core.Stories;
using Compare.Core.Stories.Changes;
using Compare.Core.Stories.Grouping;
using Compare.Storage.Articles;
using Compare.Storage.Schedules;
using Compare.Storage.Snapshots;
using Compare.Storage.Stories;
using Compare.Storage.Watches;
using Microsoft.Extensions.Time.Testing;

namespace Compare.Storage.Tests.Stories;

/// <summary>
/// What every store must do with stories, snapshots, schedules and watches. Each implementation derives a class that
/// says how to open a fresh store and reopen it; the SQLite and the PostgreSQL store run this same suite.
/// </summary>
public abstract class StoryStoreContract : IAsyncLifetime
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 6, 11, 9, 0, 0, TimeSpan.Zero));

    protected ICompareStore Store { get; private set; } = null!;

    protected abstract Task<ICompareStore> CreateStoreAsync();

    protected abstract Task<ICompareStore> ReopenStoreAsync();

    public async ValueTask InitializeAsync() => Store = await CreateStoreAsync();

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<StoredArticle> ArticleAsync(
        string outlet, string slug, string text = "The council adopted the budget.", string title = "Budget adopted")
    {
        var url = new Uri($"https://{outlet}.example/{slug}");
        var published = new DateTimeOffset(2026, 6, 11, 8, 0, 0, TimeSpan.Zero);
        var article = new Article(ArticleIds.FromUrl(url), outlet, url, title, null, published, null, "en", text);
        return (await Store.Articles.SaveAsync(new ArticleWrite(article, null, 1UL, Time.GetUtcNow(), null), Ct)).Article;
    }

    private static GroupedArticle Grouped(string story, StoredArticle a) => new(story, new StoryArticle(
        a.Article.Id, a.Article.OutletId, a.Article.PublishedAt!.Value, [0.6f, 0.8f],
        [new ArticleTerm("budget", "budget", 3, false, true), new ArticleTerm("port alder", "Port Alder", 2, true)],
        ["Port Alder City Council"], [new DateOnly(2026, 6, 10)]), a.TextHash);

    private static Comparison Comparison(string storyId, int differ, int omitted)
    {
        var findings = Enumerable.Range(0, differ).Select(i => new Finding($"d{i}", FindingKind.Differ, "c", "s", ["a", "b"], [], [], 1, 1))
            .Concat(Enumerable.Range(0, omitted).Select(i => new Finding($"o{i}", FindingKind.Omitted, "c", "s", ["c"], [], [], 1, 1))).ToList();
        return new Comparison(storyId, "Budget", new DateTimeOffset(2026, 6, 11, 10, 0, 0, TimeSpan.Zero),
            [new Outlet("a", "A", new Uri("https://a.example/"), "en")], [], [], findings, [], new ComparisonMethod("1.0", "m", "p", ["note"]));
    }

    [Fact]
    public async Task ApplyAsync_NewArticles_StoryHasTheirOutletsCountLabelAndASignature()
    {
        var a = await ArticleAsync("a", "1");
        var b = await ArticleAsync("b", "1");

        await Store.Stories.ApplyAsync(new GroupingUpdate([Grouped("s-1", a), Grouped("s-1", b)], [], [new StoryLabelUpdate("s-1", "Port Alder — budget")]), Ct);

        var story = await Store.Stories.GetAsync("s-1", Ct);
        Assert.NotNull(story);
        Assert.Equal(StoryKind.Event, story.Kind);
        Assert.Equal("Port Alder — budget", story.Label);
        Assert.Equal(["a", "b"], story.OutletIds);
        Assert.Equal(2, story.ArticleCount);
        Assert.NotEmpty(story.MemberSignature);
        Assert.True(story.IsStale);
        Assert.Equal(new[] { a.Article.Id, b.Article.Id }.Order(), (await Store.Stories.ListMembersAsync("s-1", Ct)).Order());
        Assert.Equal(["s-1"], (await Store.Stories.ListStaleAsync(Ct)).Select(s => s.Id));
        Assert.Empty(await Store.Stories.ListUngroupedAsync(10, Ct));
    }

    [Fact]
    public async Task LoadGroupedAsync_RoundTripsEveryFeature()
    {
        var a = await ArticleAsync("a", "1");
        var written = Grouped("s-1", a);
        await Store.Stories.ApplyAsync(new GroupingUpdate([written], [], []), Ct);

        var read = Assert.Single(await (await ReopenStoreAsync()).Stories.LoadGroupedAsync(Ct));

        Assert.Equal(written.StoryId, read.StoryId);
        Assert.Equal(written.TextHash, read.TextHash);
        Assert.Equal(written.Features.Vector, read.Features.Vector);
        Assert.Equal(written.Features.Terms, read.Features.Terms);
        Assert.Equal(written.Features.Entities, read.Features.Entities);
        Assert.Equal(written.Features.Dates, read.Features.Dates);
        Assert.Equal(written.Features.Time, read.Features.Time);
    }

    [Fact]
    public async Task ListStaleAsync_OneOutletStory_IsKeptButNeverCompared()
    {
        var a1 = await ArticleAsync("a", "1");
        var a2 = await ArticleAsync("a", "2", "Another text.");

        await Store.Stories.ApplyAsync(new GroupingUpdate([Grouped("s-1", a1), Grouped("s-1", a2)], [], []), Ct);

        Assert.Equal(["s-1"], (await Store.Stories.ListAsync(Ct)).Select(s => s.Id));
        Assert.Empty(await Store.Stories.ListStaleAsync(Ct));
    }

    [Fact]
    public async Task ListUngroupedAsync_RevisedArticle_IsListedAgain()
    {
        var a = await ArticleAsync("a", "1");
        var b = await ArticleAsync("b", "1");
        await Store.Stories.ApplyAsync(new GroupingUpdate([Grouped("s-1", a), Grouped("s-1", b)], [], []), Ct);
        var signature = (await Store.Stories.GetAsync("s-1", Ct))!.MemberSignature;

        var revised = await ArticleAsync("a", "1", "The council adopted the budget after midnight.");

        Assert.Equal([a.Article.Id], await Store.Stories.ListUngroupedAsync(10, Ct));
        await Store.Stories.ApplyAsync(new GroupingUpdate([Grouped("s-1", revised)], [], []), Ct);
        Assert.Empty(await Store.Stories.ListUngroupedAsync(10, Ct));
        Assert.NotEqual(signature, (await Store.Stories.GetAsync("s-1", Ct))!.MemberSignature);
    }

    [Fact]
    public async Task ListUngroupedAsync_NearDuplicate_IsLeftOut()
    {
        var a = await ArticleAsync("a", "1");
        var copy = await ArticleAsync("b", "copy");
        await Store.Articles.MarkDuplicateAsync(copy.Article.Id, a.Article.Id, Ct);

        Assert.Equal([a.Article.Id], await Store.Stories.ListUngroupedAsync(10, Ct));
    }

    [Fact]
    public async Task ApplyAsync_Merge_MovesEveryArticleAndMarksTheMergedStory()
    {
        var a = await ArticleAsync("a", "1");
        var b = await ArticleAsync("b", "1");
        await Store.Stories.ApplyAsync(new GroupingUpdate([Grouped("s-1", a), Grouped("s-2", b)], [], []), Ct);

        await Store.Stories.ApplyAsync(new GroupingUpdate([], [new StoryMerge("s-2", "s-1")], [new StoryLabelUpdate("s-1", "Merged")]), Ct);

        Assert.Equal(["s-1"], (await Store.Stories.ListAsync(Ct)).Select(s => s.Id));
        Assert.Equal("s-1", (await Store.Stories.GetAsync("s-2", Ct))!.MergedInto);
        var survivor = (await Store.Stories.GetAsync("s-1", Ct))!;
        Assert.Equal(["a", "b"], survivor.OutletIds);
        Assert.Equal("Merged", survivor.Label);
        Assert.All(await Store.Stories.LoadGroupedAsync(Ct), g => Assert.Equal("s-1", g.StoryId));
    }

    [Fact]
    public async Task Snapshots_AddTwice_VersionsOneAndTwoAndTheStoryIsNoLongerStale()
    {
        var a = await ArticleAsync("a", "1");
        var b = await ArticleAsync("b", "1");
        await Store.Stories.ApplyAsync(new GroupingUpdate([Grouped("s-1", a), Grouped("s-1", b)], [], []), Ct);
        var signature = (await Store.Stories.GetAsync("s-1", Ct))!.MemberSignature;

        var first = await Store.Snapshots.AddAsync("s-1", Comparison("s-1", 2, 1), signature, Time.GetUtcNow(), Ct);
        var second = await Store.Snapshots.AddAsync("s-1", Comparison("s-1", 1, 3), signature, Time.GetUtcNow().AddHours(1), Ct);

        Assert.Equal((1, 2), (first.Version, second.Version));
        var latest = await (await ReopenStoreAsync()).Snapshots.GetLatestAsync("s-1", Ct);
        Assert.NotNull(latest);
        Assert.Equal(2, latest.Version);
        Assert.Equal(3, latest.Comparison.CountsByKind[FindingKind.Omitted]);
        Assert.Equal("note", Assert.Single(latest.Comparison.Method.Notes));
        var story = (await Store.Stories.GetAsync("s-1", Ct))!;
        Assert.Equal((2, 1, 3), (story.SnapshotVersion!.Value, story.Differences!.Value, story.Omissions!.Value));
        Assert.Empty(await Store.Stories.ListStaleAsync(Ct));
        Assert.Equal([1, 2], (await Store.Snapshots.ListAsync("s-1", Ct)).Select(s => s.Version));
        var firstAgain = await Store.Snapshots.GetAsync("s-1", 1, Ct);
        Assert.NotNull(firstAgain);
        Assert.Equal((1, signature), (firstAgain.Version, firstAgain.Signature));
        Assert.Equal(first.Comparison.CountsByKind[FindingKind.Omitted], firstAgain.Comparison.CountsByKind[FindingKind.Omitted]);
        Assert.Null(await Store.Snapshots.GetAsync("s-1", 3, Ct));
        Assert.Null(await Store.Snapshots.GetAsync("s-2", 1, Ct));
    }

    [Fact]
    public async Task Diffs_AddAndList_RoundTripEveryChange()
    {
        var a = await ArticleAsync("a", "1");
        await Store.Stories.ApplyAsync(new GroupingUpdate([Grouped("s-1", a)], [], []), Ct);
        var diff = new ComparisonDiff("s-1", Time.GetUtcNow(), Time.GetUtcNow().AddHours(1),
            [new FactChange(FactChangeKind.NewDifference, "The council voted 6-3.", ["a", "b"], "number: 6-3 vs 7-2"),
             new FactChange(FactChangeKind.NewOmission, "The levy goes to voters.", ["c"], "left out by c")]);

        await Store.Snapshots.AddDiffAsync(new SnapshotDiff("s-1", 1, 2, Time.GetUtcNow(), diff), Ct);

        var read = Assert.Single(await Store.Snapshots.ListDiffsAsync("s-1", Ct));
        Assert.Equal((1, 2), (read.FromVersion, read.ToVersion));
        Assert.Equal(diff.Changes.Select(c => (c.Kind, c.Fact, string.Join(",", c.Outlets), c.Detail)),
            read.Diff.Changes.Select(c => (c.Kind, c.Fact, string.Join(",", c.Outlets), c.Detail)));
        Assert.Equal(diff.Summary, read.Diff.Summary);
    }

    [Fact]
    public async Task Schedules_AddListUpsertRemove()
    {
        var nightly = new CrawlSchedule("nightly", "0 0 3 * * ?", "Europe/Paris", ["a", "b"], null, ScheduleSource.User, Time.GetUtcNow());

        Assert.True(await Store.Schedules.AddAsync(nightly, Ct));
        Assert.False(await Store.Schedules.AddAsync(nightly with { Cron = "0 0 4 * * ?" }, Ct));
        await Store.Schedules.UpsertAsync(nightly with { Cron = "0 0 5 * * ?", CreatedAt = Time.GetUtcNow().AddDays(1) }, Ct);

        var read = Assert.Single(await (await ReopenStoreAsync()).Schedules.ListAsync(Ct));
        Assert.Equal(nightly with { Cron = "0 0 5 * * ?" }, read with { OutletIds = nightly.OutletIds });
        Assert.Equal(["a", "b"], read.OutletIds);
        Assert.True(await Store.Schedules.RemoveAsync("nightly", Ct));
        Assert.False(await Store.Schedules.RemoveAsync("nightly", Ct));
        Assert.Null(await Store.Schedules.GetAsync("nightly", Ct));
    }

    [Fact]
    public async Task Watches_MembersReplacedEachTimeAndRemovalClosesTheStory()
    {
        var a = await ArticleAsync("a", "1");
        var b = await ArticleAsync("b", "1");
        var watch = new TopicWatch("budget", "Budget", "budget vote", Time.GetUtcNow());
        Assert.True(await Store.Watches.AddAsync(watch, Ct));
        Assert.False(await Store.Watches.AddAsync(watch, Ct));

        await Store.Stories.SetWatchMembersAsync("budget", "Budget", [new WatchMember(a.Article.Id, 0.9), new WatchMember(b.Article.Id, 0.5)], Ct);
        await Store.Stories.SetWatchMembersAsync("budget", "Budget", [new WatchMember(b.Article.Id, 0.7)], Ct);

        var story = (await Store.Stories.GetAsync(watch.StoryId, Ct))!;
        Assert.Equal((StoryKind.Watch, "budget", 1), (story.Kind, story.WatchId!, story.ArticleCount));
        Assert.Equal([b.Article.Id], await Store.Stories.ListMembersAsync(watch.StoryId, Ct));
        Assert.True(await Store.Watches.RemoveAsync("budget", Ct));
        Assert.Empty(await Store.Watches.ListAsync(Ct));
        Assert.DoesNotContain(await Store.Stories.ListAsync(Ct), s => s.Id == watch.StoryId);
    }

    private static StoryQuery Query(
        string? outlet = null, DateTimeOffset? from = null, DateTimeOffset? before = null, IReadOnlyList<string>? words = null,
        StoryCursor? after = null, int limit = 100) => new(outlet, from, before, words ?? [], after, limit);

    /// <summary>One event story of one article per entry, each updated the given hours after the start.</summary>
    private async Task StoriesAtAsync(params (string Story, string Outlet, int Hours)[] stories)
    {
        var start = Time.GetUtcNow();
        foreach (var (story, outlet, hours) in stories.OrderBy(s => s.Hours))
        {
            Time.SetUtcNow(start.AddHours(hours));
            var a = await ArticleAsync(outlet, story);
            await Store.Stories.ApplyAsync(new GroupingUpdate([Grouped(story, a)], [], []), Ct);
        }
    }

    [Fact]
    public async Task ListPageAsync_WalksEveryPageNewestFirstThenByIdWithoutRepeats()
    {
        await StoriesAtAsync(("s-2", "a", 0), ("s-1", "b", 0), ("s-3", "c", 1), ("s-5", "d", 2), ("s-4", "e", 2));

        var pages = new List<IReadOnlyList<string>>();
        StoryCursor? cursor = null;
        for (var i = 0; i < 5; i++)
        {
            var page = await Store.Stories.ListPageAsync(Query(after: cursor, limit: 2), Ct);
            pages.Add(page.Select(s => s.Id).ToList());
            if (page.Count < 2)
            {
                break;
            }

            cursor = new StoryCursor(page[^1].UpdatedAt, page[^1].Id);
        }

        Assert.Equal([["s-4", "s-5"], ["s-3", "s-1"], ["s-2"]], pages);
        Assert.Equal(["s-4", "s-5", "s-3", "s-1", "s-2"], (await Store.Stories.ListAsync(Ct)).Select(s => s.Id));
    }

    [Fact]
    public async Task ListPageAsync_FiltersByOutletUpdateTimeAndEveryWordInLabelOrTitle()
    {
        var start = Time.GetUtcNow();
        var a = await ArticleAsync("a", "1", title: "Council adopts budget");
        var b = await ArticleAsync("b", "1");
        await Store.Stories.ApplyAsync(
            new GroupingUpdate([Grouped("s-1", a), Grouped("s-1", b)], [], [new StoryLabelUpdate("s-1", "Port Alder — budget")]), Ct);
        Time.Advance(TimeSpan.FromHours(1));
        var c = await ArticleAsync("c", "1", "The storm closed the harbor.", title: "Storm closes harbor 50% of the day");
        await Store.Stories.ApplyAsync(new GroupingUpdate([Grouped("s-2", c)], [], [new StoryLabelUpdate("s-2", "Storm")]), Ct);

        async Task<IReadOnlyList<string>> Ids(StoryQuery q) => (await Store.Stories.ListPageAsync(q, Ct)).Select(s => s.Id).ToList();

        Assert.Equal(["s-2", "s-1"], await Ids(Query()));
        Assert.Equal(["s-1"], await Ids(Query(outlet: "b")));
        Assert.Empty(await Ids(Query(outlet: "z")));
        Assert.Equal(["s-2"], await Ids(Query(from: start.AddHours(1))));
        Assert.Equal(["s-1"], await Ids(Query(before: start.AddHours(1))));
        Assert.Equal(["s-1"], await Ids(Query(words: ["BUDGET"])));
        Assert.Equal(["s-1"], await Ids(Query(words: ["council", "alder"])));
        Assert.Empty(await Ids(Query(words: ["council", "storm"])));
        Assert.Equal(["s-2"], await Ids(Query(words: ["Harbor"])));
        Assert.Equal(["s-2"], await Ids(Query(words: ["50%"])));
        Assert.Empty(await Ids(Query(words: ["5_"])));
        Assert.Equal(["s-2"], await Ids(Query(limit: 1)));
    }

    [Fact]
    public async Task ListStaleAsync_OldestUpdateFirst()
    {
        var a1 = await ArticleAsync("a", "1");
        var b1 = await ArticleAsync("b", "1");
        var a2 = await ArticleAsync("a", "2", "Other.");
        var b2 = await ArticleAsync("b", "2", "Other.");
        await Store.Stories.ApplyAsync(new GroupingUpdate([Grouped("s-9", a1), Grouped("s-9", b1)], [], []), Ct);
        Time.Advance(TimeSpan.FromMinutes(5));
        await Store.Stories.ApplyAsync(new GroupingUpdate([Grouped("s-1", a2), Grouped("s-1", b2)], [], []), Ct);

        Assert.Equal(["s-9", "s-1"], (await Store.Stories.ListStaleAsync(Ct)).Select(s => s.Id));
        Assert.Equal(["s-1", "s-9"], (await Store.Stories.ListAsync(Ct)).Select(s => s.Id));
    }

    [Fact]
    public async Task ApplyAsync_ArticleRegrouped_LeavesItsOldEventStory()
    {
        var a = await ArticleAsync("a", "1");
        var b = await ArticleAsync("b", "1");
        await Store.Stories.ApplyAsync(new GroupingUpdate([Grouped("s-1", a), Grouped("s-1", b)], [], []), Ct);

        await Store.Stories.ApplyAsync(new GroupingUpdate([Grouped("s-2", b)], [], []), Ct);

        Assert.Equal([a.Article.Id], await Store.Stories.ListMembersAsync("s-1", Ct));
        Assert.Equal([b.Article.Id], await Store.Stories.ListMembersAsync("s-2", Ct));
        Assert.Equal(
            [("s-1", a.Article.Id), ("s-2", b.Article.Id)],
            (await Store.Stories.LoadGroupedAsync(Ct)).Select(g => (g.StoryId, g.Features.ArticleId)).Order());
    }

    [Fact]
    public async Task SetWatchMembersAsync_AfterTheWatchWasRemoved_ReopensItsStory()
    {
        var a = await ArticleAsync("a", "1");
        await Store.Watches.AddAsync(new TopicWatch("budget", "Budget", "budget", Time.GetUtcNow()), Ct);
        await Store.Stories.SetWatchMembersAsync("budget", "Budget", [new WatchMember(a.Article.Id, 0.9)], Ct);
        await Store.Watches.RemoveAsync("budget", Ct);
        Assert.Empty(await Store.Stories.ListAsync(Ct));

        await Store.Stories.SetWatchMembersAsync("budget", "Budget again", [new WatchMember(a.Article.Id, 0.8)], Ct);

        var story = Assert.Single(await Store.Stories.ListAsync(Ct));
        Assert.Equal(("w-budget", "Budget again", 1), (story.Id, story.Label, story.ArticleCount));
    }

    [Fact]
    public async Task ListAsync_LeavesOutStoriesWithoutArticles()
    {
        await Store.Stories.SetWatchMembersAsync("empty", "Empty", [], Ct);

        Assert.NotNull(await Store.Stories.GetAsync("w-empty", Ct));
        Assert.Empty(await Store.Stories.ListAsync(Ct));
        Assert.Empty(await Store.Stories.ListPageAsync(Query(), Ct));
    }

    [Fact]
    public async Task Snapshots_AddedAtOnceFromSeveralStores_EachStoryGetsGaplessVersions()
    {
        var a = await ArticleAsync("a", "1");
        var b = await ArticleAsync("b", "1");
        await Store.Stories.ApplyAsync(new GroupingUpdate([Grouped("s-1", a), Grouped("s-2", b)], [], []), Ct);
        ICompareStore[] stores = [Store, await ReopenStoreAsync(), await ReopenStoreAsync()];

        var added = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(() =>
        {
            var story = i % 2 == 0 ? "s-1" : "s-2";
            return stores[i % stores.Length].Snapshots.AddAsync(story, Comparison(story, i, 0), "sig", Time.GetUtcNow(), Ct);
        }, Ct)));

        foreach (var story in new[] { "s-1", "s-2" })
        {
            Assert.Equal(Enumerable.Range(1, 12), added.Where(s => s.StoryId == story).Select(s => s.Version).Order());
            Assert.Equal(Enumerable.Range(1, 12), (await Store.Snapshots.ListAsync(story, Ct)).Select(s => s.Version));
            Assert.Equal(12, (await Store.Stories.GetAsync(story, Ct))!.SnapshotVersion);
            var latest = (await Store.Snapshots.GetLatestAsync(story, Ct))!;
            Assert.Equal(added.Single(s => s.StoryId == story && s.Version == 12).Comparison.CountsByKind[FindingKind.Differ],
                latest.Comparison.CountsByKind[FindingKind.Differ]);
        }
    }
}
