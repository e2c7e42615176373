using Compare.Storage.Tests.Postgres;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Compare.Storage.Postgres;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.Time.Testing;
using Proto = Compare.Protos.V1;

namespace Compare.Server.Tests.Cluster;

/// <summary>
/// Two worker processes and one api process of the real server binary on one PostgreSQL database, crawling the demo corpus
/// served as six live sites on a schedule that fires every two minutes (room for a cycle to finish before the next tick: on
/// two cores shared with other test assemblies the first cycle, model load and comparisons included, took 49, 54, 59 and
/// 64 s in four CI runs, and after the 59 s one the next minute's tick fetched the first tick's pages again). The first tick
/// runs with both workers alive; during the second, with every page revised, the worker running the tick's job is killed
/// with SIGKILL mid-crawl.
/// </summary>
public sealed partial class ClusterTests
{
    private const string ApiKey = "cluster-test-key-0123456789abcdef";
    private static readonly TimeSpan CrawlDelay = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan PageDelay = TimeSpan.FromMilliseconds(600);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    /// <summary>How long to wait for the schedule's next firing: one period of the schedule and some room.</summary>
    private static readonly TimeSpan TickPatience = TimeSpan.FromSeconds(160);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoWorkersAndAnApi_OneDatabase_ShareTheCrawlFireEachTickOnceAndSurviveAKilledWorker()
    {
        await using var database = await PostgresTestDatabase.CreateAsync(Ct);
        await using var site = await ClusterSite.StartAsync(PageDelay, Ct);
        var folder = Directory.CreateTempSubdirectory("compare-cluster-").FullName;
        var settings = new List<string>
        {
            "Server:Port=0",
            "Storage:Provider=Postgres",
            $"Storage:ConnectionString={database.ConnectionString}",
            "Worker:RunAtStart=false",
            "Worker:Schedules:0:Id=default",
            "Worker:Schedules:0:Cron=0 0/2 * * * ?",
            "Worker:Schedules:0:TimeZone=UTC",
            "Worker:ClusterCheckinInterval=00:00:01",

            // Three processes share two cores here, and a worker busy with its first comparison has been seen to miss
            // its check-ins for over three seconds, so that the other worker took it for dead and ran its firing too.
            // Eight seconds (near the 7.5 s default) keeps the recovery of the killed worker quick without that.
            "Worker:ClusterCheckinMisfireThreshold=00:00:08",
            "Crawler:WorkLease=00:00:10",
            "Grpc:ApiKeys:0:Name=cluster-test",
            $"Grpc:ApiKeys:0:Key={ApiKey}",
            $"Crawler:ContentRoot={RepoPaths.Root}",
            "Logging:LogLevel:Default=Information",
            "Logging:LogLevel:Microsoft.AspNetCore=Warning",
            "Logging:LogLevel:Quartz=Warning",
            "Logging:LogLevel:Compare.Crawling=Warning",
            "Logging:LogLevel:Compare.Storage=Warning",
            "Logging:LogLevel:Npgsql=Warning",
            "Logging:LogLevel:System.Net.Http=Warning",
            "Logging:LogLevel:Polly=Warning",
        };
        settings.AddRange(site.OutletSettings(CrawlDelay));

        await using var workerA = ServerProcess.Start("worker A", "worker", Path.Combine(folder, "a"), settings);
        await using var workerB = ServerProcess.Start("worker B", "worker", Path.Combine(folder, "b"), settings);
        await using var api = ServerProcess.Start("api", "api", Path.Combine(folder, "api"), settings);
        var workers = new[] { workerA, workerB };
        foreach (var process in new[] { workerA, workerB, api })
        {
            await process.WaitForAsync("Application started", Patience, Ct);
        }

        var apiAddress = Listening().Match(await api.WaitForAsync("Now listening on:", Patience, Ct)).Groups[1].Value;
        using var channel = GrpcChannel.ForAddress(apiAddress);
        var client = new Proto.ComparisonService.ComparisonServiceClient(channel);
        var auth = new Metadata { { "x-api-key", ApiKey } };
        using var watching = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        using var watch = client.WatchFindings(new Proto.WatchFindingsRequest(), auth, cancellationToken: watching.Token);
        await watch.ResponseHeadersAsync;
        var events = new List<Proto.FindingEvent>();
        var reading = Task.Run(async () =>
        {
            try
            {
                await foreach (var e in watch.ResponseStream.ReadAllAsync(watching.Token))
                {
                    lock (events)
                    {
                        events.Add(e);
                    }
                }
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.Cancelled)
            {
            }
            catch (OperationCanceledException)
            {
            }
        }, CancellationToken.None);

        // Tick 1: both workers alive.
        var (first, firstWorker) = await JobStartedAsync(workers, null);
        await firstWorker.WaitForAsync("Cycle schedule default:", Patience, Ct);
        var other = workers.Single(w => w != firstWorker);
        Assert.False(other.Logged(first), $"{other.Name} also ran firing {first}:\n{other.Tail()}");

        await using var store = new PostgresCompareStore(database.ConnectionString, new FakeTimeProvider(DateTimeOffset.UtcNow), null);
        var stored = await store.Articles.ListAsync(null, 1000, Ct);
        Assert.Equal(site.PageCount, stored.Count);
        Assert.Equal(stored.Count, stored.Select(a => a.Article.CanonicalUrl).Distinct().Count());
        var tick1 = site.Requests.Where(r => r.Edition == 1).ToList();
        var twice = tick1.GroupBy(r => r.Key).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(twice.Count == 0, $"requested more than once in tick 1: {string.Join(", ", twice)}\n{firstWorker.Name}:\n{firstWorker.Tail()}");
        Assert.Equal(site.PageCount, tick1.Count);
        Assert.Equal(1, site.MaxInFlightPerPath);
        AssertPolite(tick1);

        // Tick 2: every page revised; the worker running the job dies after three pages were asked for.
        site.Edition = 2;
        var (second, victim) = await JobStartedAsync(workers, first);
        await WaitUntilAsync(() => site.Requests.Count(r => r.Edition == 2) >= 3, "three pages of tick 2 requested");
        victim.Kill();
        var survivor = workers.Single(w => w != victim);
        await survivor.WaitForAsync($"firing {second.Split(' ')[^1]}", Patience, Ct);
        Assert.Contains(survivor.Lines, l => l.Contains("(recovering: True)", StringComparison.Ordinal));
        await WaitUntilAsync(
            () => survivor.Lines.Count(l => l.Contains("Cycle schedule default:", StringComparison.Ordinal)) >= (survivor == firstWorker ? 2 : 1),
            "the recovered cycle of tick 2 finished on " + survivor.Name);

        var after = await store.Articles.ListAsync(null, 1000, Ct);
        Assert.Equal(site.PageCount, after.Count);
        var unrevised = new List<string>();
        foreach (var article in after)
        {
            var revisions = await store.Articles.GetRevisionsAsync(article.Article.Id, Ct);
            if (!revisions.Select(r => r.Number).SequenceEqual([1, 2]) || !article.Article.Text.Contains(ClusterSite.UpdateSentence, StringComparison.Ordinal))
            {
                var path = article.Article.CanonicalUrl.AbsolutePath;
                var state = await store.UrlStates.GetAsync(article.Article.CanonicalUrl.AbsoluteUri, Ct);
                unrevised.Add($"{article.Article.CanonicalUrl} revisions [{string.Join(",", revisions.Select(r => r.Number))}] " +
                    $"state {state?.LastStatus} {state?.ETag}; requests: " +
                    string.Join(", ", site.Requests.Where(r => r.Key.EndsWith(path, StringComparison.Ordinal)).Select(r => $"edition {r.Edition}")));
            }
        }

        Assert.True(unrevised.Count == 0, "not revised once in tick 2:\n" + string.Join("\n", unrevised) + "\n" + survivor.Tail());

        Assert.Equal(1, site.MaxInFlightPerPath);
        // A page the dead worker was fetching is fetched again after its lease ran out; none more than that.
        var tick2 = site.Requests.Where(r => r.Edition == 2).GroupBy(r => r.Key).ToList();
        Assert.Equal(site.PageCount, tick2.Count);
        Assert.All(tick2, g => Assert.InRange(g.Count(), 1, 2));

        // The api process answered from the database, and its WatchFindings stream saw what the workers stored.
        var stories = await client.ListStoriesAsync(new Proto.ListStoriesRequest(), auth, cancellationToken: Ct);
        Assert.NotEmpty(stories.Stories);
        await WaitUntilAsync(() => { lock (events) { return events.Count > 0; } }, "a finding event on the api's WatchFindings stream");
        var ids = stories.Stories.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        lock (events)
        {
            Assert.All(events, e => Assert.Contains(e.StoryId, ids));
        }

        await watching.CancelAsync();
        await reading;
    }

    /// <summary>Waits for a worker to start the schedule's next firing after <paramref name="previous"/>; returns the firing's log text and the worker.</summary>
    private static async Task<(string Firing, ServerProcess Worker)> JobStartedAsync(IReadOnlyList<ServerProcess> workers, string? previous)
    {
        var limit = Stopwatch.StartNew();
        while (limit.Elapsed < TickPatience)
        {
            foreach (var worker in workers.Where(w => !w.HasExited))
            {
                var line = worker.Lines.FirstOrDefault(l => l.Contains("Crawl job schedule default started", StringComparison.Ordinal)
                    && Firing().Match(l) is { Success: true } m && (previous is null || !previous.EndsWith(m.Groups[1].Value, StringComparison.Ordinal)));
                if (line is not null)
                {
                    return ("firing " + Firing().Match(line).Groups[1].Value, worker);
                }
            }

            await Task.Delay(200, Ct);
        }

        throw new TimeoutException("no worker started the schedule's firing:\n" + string.Join("\n---\n", workers.Select(w => w.Name + "\n" + w.Tail())));
    }

    /// <summary>
    /// Requests to one host (port), whichever worker sent them, kept the crawl delay: the database hands out the host's slots
    /// one delay apart, so its requests as a whole span at least the delay times their number (less a tenth). Two workers
    /// pacing each on its own would send twice as fast and span half that. Single gaps are not checked: the site records a
    /// request when its own process gets to it, and on two busy cores two requests a slot apart can be seen at one moment.
    /// </summary>
    private static void AssertPolite(IReadOnlyList<ClusterSite.PageRequest> requests)
    {
        foreach (var host in requests.GroupBy(r => r.Port))
        {
            var starts = host.Select(r => r.StartedTicks).Order().ToList();
            var span = Stopwatch.GetElapsedTime(starts[0], starts[^1]);
            Assert.True(span >= CrawlDelay * (starts.Count - 1) * 0.9, string.Create(CultureInfo.InvariantCulture,
                $"port {host.Key}: {starts.Count} requests within {span.TotalMilliseconds:0} ms (crawl delay {CrawlDelay.TotalMilliseconds} ms)"));
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var limit = Stopwatch.StartNew();
        while (!condition())
        {
            if (limit.Elapsed > Patience)
            {
                throw new TimeoutException($"timed out waiting for {what}");
            }

            await Task.Delay(200, Ct);
        }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();

    [GeneratedRegex(@"firing (\S+) on scheduler")]
    private static partial Regex Firing();
}
