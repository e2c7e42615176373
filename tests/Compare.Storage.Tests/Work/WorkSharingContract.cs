using System.Collections.Concurrent;
using System.Diagnostics;
using Compare.Storage.CrawlRuns;
using Compare.Storage.Work;

namespace Compare.Storage.Tests.Work;

/// <summary>
/// What the work queue, the host pacing and the named leases must do on every database. Each implementation says how to
/// open a handle on one fresh database; a test opens several handles to play several worker processes. Leases and slots
/// run on the real clock (PostgreSQL's is the server's), so the few waits here are short real ones.
/// </summary>
public abstract class WorkSharingContract : IAsyncLifetime
{
    private static readonly TimeSpan LongLease = TimeSpan.FromMinutes(5);

    /// <summary>Prepares a fresh, empty database.</summary>
    protected abstract Task CreateDatabaseAsync();

    /// <summary>Opens another handle (its own connections) on the database, as another process would.</summary>
    protected abstract WorkStores Open();

    public async ValueTask InitializeAsync() => await CreateDatabaseAsync();

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static List<WorkItemSpec> Items(int count, string group = "harbor-courier", int from = 0) =>
        Enumerable.Range(from, count).Select(i => new WorkItemSpec($"https://www.harborcourier.example/{i}/", group, $"{{\"n\":{i}}}")).ToList();

    [Fact]
    public async Task ClaimAsync_ListsOfSeveralOutlets_TakesThemInTurn()
    {
        var work = Open().Items;
        var harbor = Enumerable.Range(1, 3).Select(i => new WorkItemSpec($"https://harbor.example/{i}", "harbor", "{}")).ToList();
        var meridian = Enumerable.Range(1, 3).Select(i => new WorkItemSpec($"https://meridian.example/{i}", "meridian", "{}")).ToList();
        await work.EnqueueAsync("run", WorkKind.Page, harbor, Ct);
        await work.EnqueueAsync("run", WorkKind.Page, meridian, Ct);

        var claimed = await work.ClaimAsync(new WorkClaim("w1", WorkKind.Page, 4, TimeSpan.FromMinutes(1)), Ct);

        Assert.Equal(
            ["https://harbor.example/1", "https://harbor.example/2", "https://meridian.example/1", "https://meridian.example/2"],
            claimed.Select(c => c.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EnqueueAsync_SameRunKeyTwice_AddsNothingTheSecondTime()
    {
        var work = Open().Items;

        var first = await work.EnqueueAsync("schedule default@2026-06-11T09:00", WorkKind.Page, Items(3), Ct);
        var again = await work.EnqueueAsync("schedule default@2026-06-11T09:00", WorkKind.Page, Items(3), Ct);
        var otherRun = await work.EnqueueAsync("schedule default@2026-06-11T10:00", WorkKind.Page, Items(3), Ct);

        Assert.Equal(3, first);
        Assert.Equal(0, again);
        Assert.Equal(3, otherRun);
        var counts = await work.CountAsync("schedule default@2026-06-11T09:00", WorkKind.Page, Ct);
        Assert.Equal(3, counts.Pending);
        Assert.Equal(0, counts.Done);
    }

    [Fact]
    public async Task EnqueueAsync_RunResumedAfterSomeItemsAreDone_AddsOnlyNewItemsAndKeepsDoneOnesDone()
    {
        var work = Open().Items;
        await work.EnqueueAsync("run", WorkKind.Page, Items(2), Ct);
        var claimed = await work.ClaimAsync(new WorkClaim("a", WorkKind.Page, 1, LongLease), Ct);
        await work.CompleteAsync(claimed[0].Id, "a", WorkOutcome.Done, Ct);

        var added = await work.EnqueueAsync("run", WorkKind.Page, Items(3), Ct);

        Assert.Equal(1, added);
        var counts = await work.CountAsync("run", WorkKind.Page, Ct);
        Assert.Equal((1, 2), (counts.Done, counts.Pending));
    }

    [Fact]
    public async Task ClaimAsync_TwoClaimersAtOnce_NeverGetTheSameItem()
    {
        await Open().Items.EnqueueAsync("run", WorkKind.Page, Items(150), Ct);
        var seen = new ConcurrentDictionary<long, string>();
        var duplicates = new ConcurrentBag<long>();

        async Task DrainAsync(string owner)
        {
            var work = Open().Items;
            while (true)
            {
                var batch = await work.ClaimAsync(new WorkClaim(owner, WorkKind.Page, 4, LongLease), Ct);
                if (batch.Count == 0)
                {
                    return;
                }

                foreach (var item in batch)
                {
                    if (!seen.TryAdd(item.Id, owner))
                    {
                        duplicates.Add(item.Id);
                    }

                    Assert.True(await work.CompleteAsync(item.Id, owner, WorkOutcome.Done, Ct));
                }
            }
        }

        await Task.WhenAll(Task.Run(() => DrainAsync("worker-1"), Ct), Task.Run(() => DrainAsync("worker-2"), Ct), Task.Run(() => DrainAsync("worker-3"), Ct));

        Assert.Empty(duplicates);
        Assert.Equal(150, seen.Count);
        var counts = await Open().Items.CountAsync("run", WorkKind.Page, Ct);
        Assert.Equal((150, 0, 0), (counts.Done, counts.Pending, counts.Leased));
        Assert.True(counts.Finished);
    }

    [Fact]
    public async Task ClaimAsync_LiveLease_ItemIsNotHandedOutAgain()
    {
        var (a, b) = (Open().Items, Open().Items);
        await a.EnqueueAsync("run", WorkKind.Page, Items(1), Ct);

        var first = await a.ClaimAsync(new WorkClaim("worker-1", WorkKind.Page, 10, LongLease), Ct);
        var second = await b.ClaimAsync(new WorkClaim("worker-2", WorkKind.Page, 10, LongLease), Ct);

        Assert.Single(first);
        Assert.Empty(second);
        Assert.Equal(1, (await a.CountAsync("run", WorkKind.Page, Ct)).Leased);
    }

    [Fact]
    public async Task ClaimAsync_ExpiredLease_AnotherWorkerTakesTheItemOverAndTheFirstCannotComplete()
    {
        var (dead, alive) = (Open().Items, Open().Items);
        await dead.EnqueueAsync("run", WorkKind.Page, Items(1), Ct);
        var lost = Assert.Single(await dead.ClaimAsync(new WorkClaim("worker-1", WorkKind.Page, 10, TimeSpan.FromMilliseconds(100)), Ct));

        await Task.Delay(400, Ct);
        var taken = await alive.ClaimAsync(new WorkClaim("worker-2", WorkKind.Page, 10, LongLease), Ct);

        var item = Assert.Single(taken);
        Assert.Equal(lost.Id, item.Id);
        Assert.Equal(2, item.Attempts);
        Assert.False(await dead.CompleteAsync(lost.Id, "worker-1", WorkOutcome.Done, Ct));
        Assert.True(await alive.CompleteAsync(item.Id, "worker-2", WorkOutcome.Done, Ct));
        Assert.Equal(1, (await alive.CountAsync("run", WorkKind.Page, Ct)).Done);
    }

    [Fact]
    public async Task RenewAsync_BeforeTheLeaseRunsOut_KeepsTheItemFromOthers()
    {
        var (a, b) = (Open().Items, Open().Items);
        await a.EnqueueAsync("run", WorkKind.Page, Items(2), Ct);
        var mine = await a.ClaimAsync(new WorkClaim("worker-1", WorkKind.Page, 1, TimeSpan.FromMilliseconds(300)), Ct);

        var renewed = await a.RenewAsync("worker-1", mine.Select(i => i.Id).ToList(), LongLease, Ct);
        var notMine = await b.RenewAsync("worker-2", mine.Select(i => i.Id).ToList(), LongLease, Ct);
        await Task.Delay(500, Ct);
        var other = await b.ClaimAsync(new WorkClaim("worker-2", WorkKind.Page, 10, LongLease), Ct);

        Assert.Equal(1, renewed);
        Assert.Equal(0, notMine);
        Assert.NotEqual(mine[0].Id, Assert.Single(other).Id);
    }

    [Fact]
    public async Task ReleaseAsync_ItemGivenBack_IsClaimableAtOnce()
    {
        var (a, b) = (Open().Items, Open().Items);
        await a.EnqueueAsync("run", WorkKind.Story, [new WorkItemSpec("story-1", "stories", "{}")], Ct);
        var item = Assert.Single(await a.ClaimAsync(new WorkClaim("worker-1", WorkKind.Story, 1, LongLease), Ct));

        Assert.False(await b.ReleaseAsync(item.Id, "worker-2", Ct));
        Assert.True(await a.ReleaseAsync(item.Id, "worker-1", Ct));
        var again = await b.ClaimAsync(new WorkClaim("worker-2", WorkKind.Story, 1, LongLease), Ct);

        Assert.Equal(item.Id, Assert.Single(again).Id);
    }

    [Fact]
    public async Task ClaimAsync_KindAndRunKey_HandOutOnlyMatchingItemsOldestFirst()
    {
        var work = Open().Items;
        await work.EnqueueAsync("run-a", WorkKind.Page, Items(3), Ct);
        await work.EnqueueAsync("run-b", WorkKind.Page, Items(2, from: 10), Ct);
        await work.EnqueueAsync("run-a", WorkKind.Story, [new WorkItemSpec("story-1", "stories", "{\"story\":1}")], Ct);

        var b = await work.ClaimAsync(new WorkClaim("w", WorkKind.Page, 10, LongLease, "run-b"), Ct);
        var stories = await work.ClaimAsync(new WorkClaim("w", WorkKind.Story, 10, LongLease), Ct);
        var anyPage = await work.ClaimAsync(new WorkClaim("w", WorkKind.Page, 2, LongLease), Ct);

        Assert.Equal(["https://www.harborcourier.example/10/", "https://www.harborcourier.example/11/"], b.Select(i => i.Key));
        Assert.All(b, i => Assert.Equal(("run-b", WorkKind.Page, "harbor-courier", 1), (i.RunKey, i.Kind, i.Group, i.Attempts)));
        var story = Assert.Single(stories);
        Assert.Equal(("story-1", "{\"story\":1}", WorkKind.Story), (story.Key, story.Payload, story.Kind));
        Assert.Equal(["https://www.harborcourier.example/0/", "https://www.harborcourier.example/1/"], anyPage.Select(i => i.Key));
    }

    [Fact]
    public async Task CountAsync_CompletedItems_SumsCountsAndListsErrorsPerGroup()
    {
        var work = Open().Items;
        await work.EnqueueAsync("run", WorkKind.Page, [.. Items(2, "harbor-courier"), .. Items(2, "valley-post", from: 5)], Ct);
        var items = await work.ClaimAsync(new WorkClaim("w", WorkKind.Page, 3, LongLease), Ct);

        await work.CompleteAsync(items[0].Id, "w", new WorkOutcome(new CrawlCounts(1, 0, 1, 0, 0, 1, 0, 0), null), Ct);
        await work.CompleteAsync(items[1].Id, "w", new WorkOutcome(new CrawlCounts(1, 0, 0, 1, 0, 0, 0, 0), null), Ct);
        await work.CompleteAsync(items[2].Id, "w", new WorkOutcome(new CrawlCounts(0, 0, 0, 0, 0, 0, 0, 1), "HTTP 500 Internal Server Error"), Ct);
        var counts = await work.CountAsync("run", WorkKind.Page, Ct);

        var harbor = counts.For("harbor-courier");
        Assert.Equal((2, 0, 0, 0), (harbor.Done, harbor.Pending, harbor.Leased, harbor.Failed));
        Assert.Equal(new CrawlCounts(2, 0, 1, 1, 0, 1, 0, 0), harbor.Counts);
        Assert.Empty(harbor.Errors);
        var valley = counts.For("valley-post");
        Assert.Equal((1, 1, 0, 1), (valley.Done, valley.Pending, valley.Leased, valley.Failed));
        Assert.Equal(new CrawlCounts(0, 0, 0, 0, 0, 0, 0, 1), valley.Counts);
        Assert.Equal(new WorkError("https://www.harborcourier.example/5/", "HTTP 500 Internal Server Error"), Assert.Single(valley.Errors));
        Assert.False(counts.Finished);
        Assert.Equal(new CrawlCounts(2, 0, 1, 1, 0, 1, 0, 1), counts.Counts);
    }

    [Fact]
    public async Task ReserveAsync_ConcurrentReservationsForOneHost_AreSpacedByTheDelay()
    {
        var delay = TimeSpan.FromMilliseconds(500);

        // Six callers, two per handle, all at once: their start slots (call time + wait) must be at least one delay apart.
        // Each handle is used once first, so its connection pool and the schema are ready before the clock matters.
        var handles = new[] { Open(), Open(), Open() };
        foreach (var handle in handles)
        {
            await handle.Pacing.ReserveAsync("warm-up.example:443", TimeSpan.Zero, Ct);
        }

        // The database reserves a slot at some moment between a call's start and its return, so each start slot is known
        // to lie between (call start + wait) and (return + wait); the checks allow exactly that much, however slow the
        // machine is.
        var clock = Stopwatch.StartNew();
        var slots = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(async () =>
        {
            var before = clock.Elapsed;
            var wait = await handles[i % 3].Pacing.ReserveAsync("www.harborcourier.example:443", delay, Ct);
            return (Earliest: before + wait, Latest: clock.Elapsed + wait);
        }, Ct)));
        var otherHost = await handles[0].Pacing.ReserveAsync("www.valleypost.example:443", delay, Ct);

        var ordered = slots.OrderBy(s => s.Earliest).ToList();
        var tolerance = TimeSpan.FromMilliseconds(5);
        foreach (var (x, y) in ordered.Zip(ordered.Skip(1)))
        {
            // One delay apart at least, and not much more: the latest the second may be against the earliest the first may be.
            Assert.InRange(y.Latest - x.Earliest, delay - tolerance, TimeSpan.MaxValue);
            Assert.InRange(y.Earliest - x.Latest, TimeSpan.MinValue, delay + TimeSpan.FromMilliseconds(400));
        }

        Assert.InRange(ordered[0].Earliest, TimeSpan.Zero, TimeSpan.FromMilliseconds(400));
        Assert.Equal(TimeSpan.Zero, otherHost);
    }

    [Fact]
    public async Task ReserveAsync_AfterTheDelayHasPassed_DoesNotWait()
    {
        var pacing = Open().Pacing;
        var first = await pacing.ReserveAsync("127.0.0.1:8080", TimeSpan.FromMilliseconds(100), Ct);
        await Task.Delay(300, Ct);

        var second = await pacing.ReserveAsync("127.0.0.1:8080", TimeSpan.FromMilliseconds(100), Ct);

        Assert.Equal(TimeSpan.Zero, first);
        Assert.Equal(TimeSpan.Zero, second);
    }

    [Fact]
    public async Task TryAcquireAsync_HeldByAnother_IsRefusedUntilReleased()
    {
        var (a, b) = (Open().Leases, Open().Leases);

        var mine = await a.TryAcquireAsync("story-grouping", "worker-1", LongLease, Ct);
        var refused = await b.TryAcquireAsync("story-grouping", "worker-2", LongLease, Ct);
        var again = await a.TryAcquireAsync("story-grouping", "worker-1", LongLease, Ct);
        var generation = await a.ReleaseAsync("story-grouping", "worker-1", changed: true, Ct);
        var theirs = await b.TryAcquireAsync("story-grouping", "worker-2", LongLease, Ct);

        Assert.Equal(0, mine?.Generation);
        Assert.Null(refused);
        Assert.Equal(0, again?.Generation);
        Assert.Equal(1, generation);
        Assert.Equal(1, theirs?.Generation);
        Assert.Equal(1, await b.ReleaseAsync("story-grouping", "worker-2", changed: false, Ct));
        Assert.Equal(1, await a.GetGenerationAsync("story-grouping", Ct));
        Assert.Equal(0, await a.GetGenerationAsync("never-taken", Ct));
    }

    [Fact]
    public async Task TryAcquireAsync_ExpiredLeaseOfADeadHolder_IsTakenOverWithTheNextGeneration()
    {
        var (dead, alive) = (Open().Leases, Open().Leases);
        await dead.TryAcquireAsync("story-grouping", "worker-1", TimeSpan.FromMilliseconds(100), Ct);

        await Task.Delay(400, Ct);
        var taken = await alive.TryAcquireAsync("story-grouping", "worker-2", LongLease, Ct);

        Assert.Equal(1, taken?.Generation);
        Assert.False(await dead.RenewAsync("story-grouping", "worker-1", LongLease, Ct));
        Assert.True(await alive.RenewAsync("story-grouping", "worker-2", LongLease, Ct));
    }
}
