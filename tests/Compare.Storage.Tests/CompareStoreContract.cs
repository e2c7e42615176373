using Compare.Core.Domain;
using Compare.Storage.Articles;
using Compare.Storage.CrawlRuns;
using Compare.Storage.Outlets;
using Compare.Storage.Robots;
using Compare.Storage.UrlStates;
using Microsoft.Extensions.Time.Testing;

namespace Compare.Storage.Tests;

/// <summary>
/// What every <see cref="ICompareStore"/> must do. Each implementation derives a class that says how to open a fresh,
/// empty store, and both the SQLite and the PostgreSQL store run this same suite.
/// </summary>
public abstract class CompareStoreContract : IAsyncLifetime
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 6, 11, 9, 0, 0, TimeSpan.Zero));

    protected ICompareStore Store { get; private set; } = null!;

    /// <summary>Opens a new, empty store.</summary>
    protected abstract Task<ICompareStore> CreateStoreAsync();

    /// <summary>Opens the store again on the same data, as a restarted process would.</summary>
    protected abstract Task<ICompareStore> ReopenStoreAsync();

    public async ValueTask InitializeAsync() => Store = await CreateStoreAsync();

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected static ArticleWrite Write(
        string url, string text, string outlet = "harbor-courier", string title = "Council adopts budget", ulong simHash = 0x1234_5678_9ABC_DEF0UL,
        DateTimeOffset? at = null, string? diff = null)
    {
        var uri = new Uri(url);
        var article = new Article(
            ArticleIds.FromUrl(uri), outlet, uri, title, "Maren Okafor", new DateTimeOffset(2026, 6, 11, 8, 5, 0, TimeSpan.Zero),
            null, "en", text);
        return new ArticleWrite(article, "The Harbor Courier", simHash, at ?? new DateTimeOffset(2026, 6, 11, 9, 0, 0, TimeSpan.Zero), diff);
    }

    [Fact]
    public async Task SaveAsync_NewUrl_StoresRevisionOneWithAllMetadata()
    {
        var write = Write("https://www.harborcourier.example/local/budget/", "The council adopted the budget.\n\nIt passed 6-3.");

        var result = await Store.Articles.SaveAsync(write, Ct);

        Assert.Equal(ArticleSaveOutcome.New, result.Outcome);
        var stored = await Store.Articles.GetByUrlAsync(new Uri("https://www.harborcourier.example/local/budget/"), Ct);
        Assert.NotNull(stored);
        Assert.Equal(write.Article, stored.Article);
        Assert.Equal("The Harbor Courier", stored.SiteName);
        Assert.Equal(1, stored.Revision);
        Assert.Equal(0x1234_5678_9ABC_DEF0UL, stored.SimHash);
        Assert.Equal(ContentHash.Of("The council adopted the budget.\n\nIt passed 6-3."), stored.TextHash);
        Assert.Null(stored.DuplicateOf);
        var revisions = await Store.Articles.GetRevisionsAsync(stored.Article.Id, Ct);
        Assert.Equal(1, Assert.Single(revisions).Number);
    }

    [Fact]
    public async Task SaveAsync_SameText_IsUnchangedAndUpdatesLastSeenOnly()
    {
        var url = "https://www.harborcourier.example/a/";
        await Store.Articles.SaveAsync(Write(url, "Same text."), Ct);
        var later = new DateTimeOffset(2026, 6, 12, 9, 0, 0, TimeSpan.Zero);

        var result = await Store.Articles.SaveAsync(Write(url, "Same text.", at: later), Ct);

        Assert.Equal(ArticleSaveOutcome.Unchanged, result.Outcome);
        Assert.Equal(1, result.Article.Revision);
        Assert.Equal(later, result.Article.LastSeenAt);
        Assert.Equal(new DateTimeOffset(2026, 6, 11, 9, 0, 0, TimeSpan.Zero), result.Article.FirstSeenAt);
        Assert.Single(await Store.Articles.GetRevisionsAsync(result.Article.Article.Id, Ct));
    }

    [Fact]
    public async Task SaveAsync_ChangedText_AddsRevisionAndKeepsEveryEarlierText()
    {
        var url = "https://www.harborcourier.example/a/";
        await Store.Articles.SaveAsync(Write(url, "Two people died."), Ct);
        await Store.Articles.SaveAsync(Write(url, "Three people died.", title: "Death toll rises", diff: "1 paragraph changed"), Ct);
        var result = await Store.Articles.SaveAsync(Write(url, "Four people died.", diff: "1 paragraph changed"), Ct);

        Assert.Equal(ArticleSaveOutcome.Revised, result.Outcome);
        Assert.Equal(3, result.Article.Revision);
        Assert.Equal("Four people died.", result.Article.Article.Text);
        var revisions = await Store.Articles.GetRevisionsAsync(result.Article.Article.Id, Ct);
        Assert.Equal(["Two people died.", "Three people died.", "Four people died."], revisions.Select(r => r.Text));
        Assert.Equal([1, 2, 3], revisions.Select(r => r.Number));
        Assert.Equal([null, "1 paragraph changed", "1 paragraph changed"], revisions.Select(r => r.DiffSummary));
        Assert.Equal("Death toll rises", revisions[1].Title);
        Assert.Equal(1, await Store.Articles.CountAsync(null, Ct));
    }

    [Fact]
    public async Task ListAsync_FiltersByOutletAndCountsMatch()
    {
        await Store.Articles.SaveAsync(Write("https://a.example/1", "One.", outlet: "a"), Ct);
        await Store.Articles.SaveAsync(Write("https://a.example/2", "Two.", outlet: "a"), Ct);
        await Store.Articles.SaveAsync(Write("https://b.example/1", "Three.", outlet: "b"), Ct);

        var a = await Store.Articles.ListAsync("a", 100, Ct);

        Assert.Equal(["https://a.example/1", "https://a.example/2"], a.Select(x => x.Article.CanonicalUrl.AbsoluteUri).Order(StringComparer.Ordinal));
        Assert.Equal(2, await Store.Articles.CountAsync("a", Ct));
        Assert.Equal(3, await Store.Articles.CountAsync(null, Ct));
        Assert.Single(await Store.Articles.ListAsync(null, 1, Ct));
        Assert.Null(await Store.Articles.GetAsync("no-such-id", Ct));
    }

    [Fact]
    public async Task FindSimHashCandidatesAsync_FindsHashesSharingABandOnly()
    {
        const ulong original = 0xAAAA_BBBB_CCCC_DDDDUL;
        await Store.Articles.SaveAsync(Write("https://a.example/1", "One.", outlet: "a", simHash: original), Ct);
        // Three bits differ, all in the top band: the three lower bands still match.
        await Store.Articles.SaveAsync(Write("https://b.example/1", "Two.", outlet: "b", simHash: original ^ 0x0007_0000_0000_0000UL), Ct);
        // A bit differs in every 8-bit band: no band matches, so it is not a candidate.
        await Store.Articles.SaveAsync(Write("https://c.example/1", "Three.", outlet: "c", simHash: original ^ 0x0101_0101_0101_0101UL), Ct);

        var candidates = await Store.Articles.FindSimHashCandidatesAsync(original, Ct);

        Assert.Equal(["a", "b"], candidates.Select(c => c.OutletId).Order(StringComparer.Ordinal));
        Assert.Contains(candidates, c => c.SimHash == (original ^ 0x0007_0000_0000_0000UL));
    }

    [Fact]
    public async Task MarkDuplicateAsync_SetsAndClearsTheMark()
    {
        var first = await Store.Articles.SaveAsync(Write("https://a.example/1", "Wire story."), Ct);
        var copy = await Store.Articles.SaveAsync(Write("https://b.example/1", "Wire story.", outlet: "b"), Ct);

        await Store.Articles.MarkDuplicateAsync(copy.Article.Article.Id, first.Article.Article.Id, Ct);
        Assert.Equal(first.Article.Article.Id, (await Store.Articles.GetAsync(copy.Article.Article.Id, Ct))!.DuplicateOf);

        await Store.Articles.MarkDuplicateAsync(copy.Article.Article.Id, null, Ct);
        Assert.Null((await Store.Articles.GetAsync(copy.Article.Article.Id, Ct))!.DuplicateOf);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Store.Articles.MarkDuplicateAsync("missing", null, Ct));
    }

    [Fact]
    public async Task UrlStates_SaveReplacesAndListFailedShowsOnlyErrors()
    {
        var t = Time.GetUtcNow();
        await Store.UrlStates.SaveAsync(new UrlState("https://a.example/1", "a", "\"v1\"", "Wed, 10 Jun 2026 08:00:00 GMT", 200, t, t, null, 0, "id1"), Ct);
        await Store.UrlStates.SaveAsync(new UrlState("https://a.example/2", "a", null, null, 500, t, null, "HTTP 500 Internal Server Error", 1, null), Ct);
        var replaced = new UrlState("https://a.example/1", "a", "\"v2\"", null, 304, t.AddHours(1), t.AddHours(1), null, 0, "id1");
        await Store.UrlStates.SaveAsync(replaced, Ct);

        Assert.Equal(replaced, await Store.UrlStates.GetAsync("https://a.example/1", Ct));
        var failed = Assert.Single(await Store.UrlStates.ListFailedAsync("a", 10, Ct));
        Assert.Equal("HTTP 500 Internal Server Error", failed.LastError);
        Assert.Empty(await Store.UrlStates.ListFailedAsync("b", 10, Ct));
        Assert.Null(await Store.UrlStates.GetAsync("https://a.example/3", Ct));
    }

    [Fact]
    public async Task Robots_SaveAndGetByAuthority()
    {
        var entry = new RobotsCacheEntry("https://a.example:443", 200, "User-agent: *\nDisallow: /private/\n", Time.GetUtcNow(), Time.GetUtcNow().AddDays(1));
        await Store.Robots.SaveAsync(entry, Ct);
        await Store.Robots.SaveAsync(entry with { Authority = "https://b.example:443", StatusCode = 503, Body = string.Empty }, Ct);

        Assert.Equal(entry, await Store.Robots.GetAsync("https://a.example:443", Ct));
        Assert.Equal(503, (await Store.Robots.GetAsync("https://b.example:443", Ct))!.StatusCode);
        Assert.Null(await Store.Robots.GetAsync("https://c.example:443", Ct));
    }

    [Fact]
    public async Task CrawlRuns_StartFinishAndListNewestFirst()
    {
        var first = await Store.CrawlRuns.StartAsync(["a", "b"], Time.GetUtcNow(), Ct);
        var counts = new CrawlCounts(10, 2, 7, 1, 2, 1, 3, 4);
        await Store.CrawlRuns.FinishAsync(first, counts, Time.GetUtcNow().AddMinutes(2), Ct);
        var second = await Store.CrawlRuns.StartAsync(["a"], Time.GetUtcNow().AddHours(1), Ct);

        var runs = await Store.CrawlRuns.ListRecentAsync(10, Ct);

        Assert.Equal([second, first], runs.Select(r => r.Id));
        Assert.Null(runs[0].FinishedAt);
        Assert.Equal(CrawlCounts.Zero, runs[0].Counts);
        Assert.Equal(counts, runs[1].Counts);
        Assert.Equal(["a", "b"], runs[1].OutletIds);
        Assert.Equal(Time.GetUtcNow().AddMinutes(2), runs[1].FinishedAt);
    }

    [Fact]
    public async Task Embeddings_RoundTripExactFloatsPerModel()
    {
        var v1 = new[] { 0.1f, -2.5f, float.Epsilon, 3.14159f };
        var v2 = new[] { 1f, 0f };
        await Store.Embeddings.PutManyAsync(new Dictionary<string, float[]> { ["h1"] = v1, ["h2"] = v2 }, "all-MiniLM-L6-v2", Ct);

        Assert.Equal(v1, await Store.Embeddings.GetAsync("h1", "all-MiniLM-L6-v2", Ct));
        Assert.Null(await Store.Embeddings.GetAsync("h1", "another-model", Ct));
        var many = await Store.Embeddings.GetManyAsync(["h1", "h2", "h3"], "all-MiniLM-L6-v2", Ct);
        Assert.Equal(["h1", "h2"], many.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(v2, many["h2"]);
    }

    [Fact]
    public async Task SaveAsync_ConcurrentWritersFromTwoStoreInstances_AllArticlesLand()
    {
        var other = await ReopenStoreAsync();
        var writes = Enumerable.Range(0, 40).Select(i => (i % 2 == 0 ? Store : other).Articles.SaveAsync(
            Write($"https://a.example/{i}", $"Text {i}."), Ct));

        await Task.WhenAll(writes);

        Assert.Equal(40, await Store.Articles.CountAsync(null, Ct));
    }

    [Fact]
    public async Task SaveAsync_SameUrlFromSeveralStoresAtOnce_OneArticleWithGaplessRevisions()
    {
        ICompareStore[] stores = [Store, await ReopenStoreAsync(), await ReopenStoreAsync()];
        const string url = "https://www.harborcourier.example/live/";

        // Three versions of the text, saved in no particular order: every save after the first is a revision or unchanged.
        var results = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(
            () => stores[i % stores.Length].Articles.SaveAsync(Write(url, $"Version {i % 3}."), Ct), Ct)));

        Assert.Equal(1, await Store.Articles.CountAsync(null, Ct));
        Assert.Single(results, r => r.Outcome == ArticleSaveOutcome.New);
        var revisions = await Store.Articles.GetRevisionsAsync(ArticleIds.FromUrl(new Uri(url)), Ct);
        Assert.Equal(Enumerable.Range(1, 1 + results.Count(r => r.Outcome == ArticleSaveOutcome.Revised)), revisions.Select(r => r.Number));
        var stored = (await Store.Articles.GetByUrlAsync(new Uri(url), Ct))!;
        Assert.Equal(revisions.Count, stored.Revision);
        Assert.Equal(revisions[^1].Text, stored.Article.Text);
    }

    [Fact]
    public async Task Times_KeepMicrosecondsAndComeBackAsUtc()
    {
        // 11:00:00.123456 at UTC+2 is 09:00:00.123456 UTC.
        var at = new DateTimeOffset(2026, 6, 11, 11, 0, 0, TimeSpan.FromHours(2)).AddTicks(1_234_560);
        await Store.UrlStates.SaveAsync(new UrlState("https://a.example/t", "a", null, null, 200, at, at, null, 0, null), Ct);

        var read = (await Store.UrlStates.GetAsync("https://a.example/t", Ct))!;

        Assert.Equal(new DateTimeOffset(2026, 6, 11, 9, 0, 0, TimeSpan.Zero).AddTicks(1_234_560), read.LastFetchedAt);
        Assert.Equal(TimeSpan.Zero, read.LastFetchedAt.Offset);
        Assert.Equal(at, read.LastSuccessAt);
    }

    [Fact]
    public async Task ListAsync_NewestPublicationFirstThenUndatedThenByUrl()
    {
        static ArticleWrite Published(string url, DateTimeOffset? at)
        {
            var w = Write(url, "Text of " + url);
            return w with { Article = w.Article with { PublishedAt = at } };
        }

        var day = new DateTimeOffset(2026, 6, 10, 0, 0, 0, TimeSpan.Zero);
        await Store.Articles.SaveAsync(Published("https://a.example/undated-b", null), Ct);
        await Store.Articles.SaveAsync(Published("https://a.example/old", day), Ct);
        await Store.Articles.SaveAsync(Published("https://a.example/undated-a", null), Ct);
        await Store.Articles.SaveAsync(Published("https://a.example/new-b", day.AddDays(1)), Ct);
        await Store.Articles.SaveAsync(Published("https://a.example/new-a", day.AddDays(1)), Ct);

        var list = await Store.Articles.ListAsync(null, 10, Ct);

        Assert.Equal(
            ["new-a", "new-b", "old", "undated-a", "undated-b"],
            list.Select(a => a.Article.CanonicalUrl.AbsolutePath.TrimStart('/')));
    }

    [Fact]
    public async Task FindSimHashCandidatesAsync_OldestFirstWithTheirDuplicateMarks()
    {
        const ulong hash = 0x0102_0304_0506_0708UL;
        var t = Time.GetUtcNow();
        var first = await Store.Articles.SaveAsync(Write("https://a.example/1", "One.", outlet: "a", simHash: hash, at: t.AddHours(1)), Ct);
        var second = await Store.Articles.SaveAsync(Write("https://b.example/1", "One.", outlet: "b", simHash: hash, at: t.AddHours(2)), Ct);
        await Store.Articles.SaveAsync(Write("https://c.example/1", "One.", outlet: "c", simHash: hash, at: t), Ct);
        await Store.Articles.MarkDuplicateAsync(second.Article.Article.Id, first.Article.Article.Id, Ct);

        var candidates = await Store.Articles.FindSimHashCandidatesAsync(hash, Ct);

        Assert.Equal(["c", "a", "b"], candidates.Select(c => c.OutletId));
        Assert.Equal([null, null, first.Article.Article.Id], candidates.Select(c => c.DuplicateOf));
        Assert.Equal(Time.GetUtcNow(), candidates[0].FirstSeenAt);
    }

    [Fact]
    public async Task UrlStates_ListFailed_MostRecentFirstWithinTheLimitAndAcrossOutlets()
    {
        var t = Time.GetUtcNow();
        var failures = new[] { ("https://a.example/1", "a", 1), ("https://b.example/1", "b", 3), ("https://a.example/2", "a", 2) };
        foreach (var (url, outlet, hours) in failures)
        {
            await Store.UrlStates.SaveAsync(new UrlState(url, outlet, null, null, 0, t.AddHours(hours), null, "timeout", hours, null), Ct);
        }

        Assert.Equal(
            ["https://b.example/1", "https://a.example/2"],
            (await Store.UrlStates.ListFailedAsync(null, 2, Ct)).Select(s => s.Url));
        Assert.Equal(
            ["https://a.example/2", "https://a.example/1"],
            (await Store.UrlStates.ListFailedAsync("a", 10, Ct)).Select(s => s.Url));
    }

    [Fact]
    public async Task CrawlRuns_FinishUnknownRun_Throws()
    {
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Store.CrawlRuns.FinishAsync(12345, CrawlCounts.Zero, Time.GetUtcNow(), Ct));
        Assert.Empty(await Store.CrawlRuns.ListRecentAsync(10, Ct));
    }

    [Fact]
    public async Task Embeddings_PutAgain_ReplacesTheVector()
    {
        await Store.Embeddings.PutManyAsync(new Dictionary<string, float[]> { ["h"] = [1f, 2f, 3f] }, "m", Ct);

        await Store.Embeddings.PutManyAsync(new Dictionary<string, float[]> { ["h"] = [4f, 5f] }, "m", Ct);
        await Store.Embeddings.PutManyAsync(new Dictionary<string, float[]>(), "m", Ct);

        Assert.Equal(new[] { 4f, 5f }, await Store.Embeddings.GetAsync("h", "m", Ct));
        Assert.Empty(await Store.Embeddings.GetManyAsync([], "m", Ct));
    }

    [Fact]
    public async Task OutletOverrides_SetReplacesAndListsById()
    {
        var t = Time.GetUtcNow();
        await Store.OutletOverrides.SetAsync(new OutletOverride("zeta", """{"Id":"zeta","Name":"Zeta"}""", t), Ct);
        await Store.OutletOverrides.SetAsync(new OutletOverride("alpha", """{"Id":"alpha"}""", t), Ct);

        await Store.OutletOverrides.SetAsync(new OutletOverride("zeta", null, t.AddHours(1)), Ct);

        Assert.Equal(
            [new OutletOverride("alpha", """{"Id":"alpha"}""", t), new OutletOverride("zeta", null, t.AddHours(1))],
            await (await ReopenStoreAsync()).OutletOverrides.ListAsync(Ct));
    }

    [Fact]
    public async Task Reopen_KeepsEverythingStored()
    {
        await Store.Articles.SaveAsync(Write("https://a.example/1", "Kept across restarts."), Ct);
        await Store.Embeddings.PutManyAsync(new Dictionary<string, float[]> { ["h"] = [1f, 2f] }, "m", Ct);

        var reopened = await ReopenStoreAsync();

        Assert.Equal("Kept across restarts.", (await reopened.Articles.GetByUrlAsync(new Uri("https://a.example/1"), Ct))!.Article.Text);
        var vector = await reopened.Embeddings.GetAsync("h", "m", Ct);
        Assert.Equal(new[] { 1f, 2f }, vector);
    }
}
