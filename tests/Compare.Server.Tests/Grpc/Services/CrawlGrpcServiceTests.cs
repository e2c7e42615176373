using Compare.Protos.V1;
using Grpc.Core;

namespace Compare.Server.Tests.Grpc.Services;

public sealed class CrawlGrpcServiceTests(GrpcHostFixture host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static CallOptions Writer => GrpcHostFixture.Writer(Ct);

    [Fact]
    public async Task ListOutlets_Shipped_ListsEveryShippedOutletById()
    {
        var response = await host.Crawls.ListOutletsAsync(new ListOutletsRequest(), cancellationToken: Ct);

        Assert.Superset(ShippedOutlets.Ids.ToHashSet(), response.Outlets.Select(o => o.Id).ToHashSet());
        var courier = Assert.Single(response.Outlets, o => o.Id == "harbor-courier");
        Assert.Equal("The Harbor Courier", courier.Name);
        Assert.True(courier.Enabled);
        Assert.Equal(OutletSourceKind.Folder, Assert.Single(courier.Sources).Kind);
        Assert.Equal(response.Outlets.Select(o => o.Id).Order(StringComparer.Ordinal), response.Outlets.Select(o => o.Id));
    }

    [Fact]
    public async Task UpsertOutlet_NewFeedOutlet_IsListedThenRemoved()
    {
        var outlet = new Outlet
        {
            Id = "river-times",
            Name = "River Times",
            HomeUrl = "https://rivertimes.example/",
            Sources = { new OutletSource { Kind = OutletSourceKind.Feed, Location = "https://rivertimes.example/rss.xml" } },
            AllowedHosts = { "cdn.rivertimes.example" },
            CrawlDelayMs = 2500,
        };

        var stored = await host.Crawls.UpsertOutletAsync(new UpsertOutletRequest { Outlet = outlet }, Writer);
        var listed = await host.Crawls.ListOutletsAsync(new ListOutletsRequest(), cancellationToken: Ct);
        outlet.Name = "The River Times";
        var replaced = await host.Crawls.UpsertOutletAsync(new UpsertOutletRequest { Outlet = outlet }, Writer);
        await host.Crawls.RemoveOutletAsync(new RemoveOutletRequest { Id = "river-times" }, Writer);
        var after = await host.Crawls.ListOutletsAsync(new ListOutletsRequest(), cancellationToken: Ct);

        Assert.Equal("en", stored.Language);
        Assert.False(stored.Enabled);
        Assert.Equal(2500, stored.CrawlDelayMs);
        Assert.Contains("cdn.rivertimes.example", stored.AllowedHosts);
        Assert.Contains("rivertimes.example", stored.AllowedHosts);
        Assert.Single(listed.Outlets, o => o.Id == "river-times");
        Assert.Equal("The River Times", replaced.Name);
        Assert.DoesNotContain(after.Outlets, o => o.Id == "river-times");
    }

    [Theory]
    [InlineData("", "outlet.id")]
    [InlineData("Bad Id", "outlet.id")]
    [InlineData("no-home", "outlet.home_url")]
    [InlineData("no-sources", "outlet.sources")]
    [InlineData("bad-kind", "outlet.sources[0].kind")]
    [InlineData("bad-feed", "outlet.sources[0].location")]
    [InlineData("bad-delay", "outlet.crawl_delay_ms")]
    public async Task UpsertOutlet_BadField_IsInvalidArgumentNamingIt(string id, string field)
    {
        var outlet = new Outlet { Id = id, Name = "X", HomeUrl = "https://x.example/", Sources = { new OutletSource { Kind = OutletSourceKind.Feed, Location = "https://x.example/feed" } } };
        switch (id)
        {
            case "no-home": outlet.HomeUrl = "ftp://x.example/"; break;
            case "no-sources": outlet.Sources.Clear(); break;
            case "bad-kind": outlet.Sources[0].Kind = OutletSourceKind.Unspecified; break;
            case "bad-feed": outlet.Sources[0].Location = "not a url"; break;
            case "bad-delay": outlet.CrawlDelayMs = -5; break;
        }

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Crawls.UpsertOutletAsync(new UpsertOutletRequest { Outlet = outlet }, Writer).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith(field + ":", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpsertOutlet_FolderSource_IsPermissionDenied()
    {
        var outlet = new Outlet { Id = "disk", Name = "Disk", HomeUrl = "https://disk.example/", Sources = { new OutletSource { Kind = OutletSourceKind.Folder, Location = "/etc/*" } } };

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Crawls.UpsertOutletAsync(new UpsertOutletRequest { Outlet = outlet }, Writer).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.Contains("outlet.sources[0]", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemoveOutlet_Unknown_IsNotFound()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => host.Crawls.RemoveOutletAsync(new RemoveOutletRequest { Id = "nobody" }, Writer).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task TriggerCrawl_DemoOutlet_RunsToSucceededWithItsPagesUnchanged()
    {
        var pages = GrpcHostFixture.Topics.Count(t => DemoTopic.Read(t).Outlets.Contains("civic-ledger"));

        var started = await host.Crawls.TriggerCrawlAsync(new TriggerCrawlRequest { OutletIds = { "civic-ledger" } }, Writer);
        var run = started;
        for (var i = 0; i < 1200 && run.FinishedAt is null; i++)
        {
            await Task.Delay(200, Ct);
            run = await host.Crawls.GetCrawlRunAsync(new GetCrawlRunRequest { Id = started.Id }, cancellationToken: Ct);
        }

        Assert.StartsWith("run-", started.Id, StringComparison.Ordinal);
        Assert.Contains(started.Status, new[] { CrawlRunStatus.Queued, CrawlRunStatus.Running });
        Assert.Equal(CrawlRunStatus.Succeeded, run.Status);
        Assert.Equal(["civic-ledger"], run.OutletIds);
        Assert.Equal(pages, run.NotModified + run.Fetched);
        Assert.Equal(0, run.NewArticles);
        Assert.Equal(0, run.Errors);
    }

    [Fact]
    public async Task TriggerCrawl_UnknownOutlet_IsNotFoundNamingTheField()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            host.Crawls.TriggerCrawlAsync(new TriggerCrawlRequest { OutletIds = { "harbor-courier", "nobody" } }, Writer).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.StartsWith("outlet_ids[1]:", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCrawlRun_UnknownId_IsNotFound()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => host.Crawls.GetCrawlRunAsync(new GetCrawlRunRequest { Id = "run-000000" }, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task ScheduleCrawl_EverySecond_FiresThenIsDeleted()
    {
        var added = await host.Crawls.ScheduleCrawlAsync(
            new ScheduleCrawlRequest { Name = "Every Second Test", Cron = "* * * * * ?", TimeZone = "Europe/Berlin", Outlets = new OutletList { Ids = { "blog" } } }, Writer);

        Schedule? fired = null;
        for (var i = 0; i < 1200 && fired is null; i++)
        {
            var list = await host.Crawls.ListSchedulesAsync(new ListSchedulesRequest(), cancellationToken: Ct);
            fired = list.Schedules.FirstOrDefault(s => s.Id == added.Id && s.PreviousFireAt is not null);
            await Task.Delay(fired is null ? 200 : 0, Ct);
        }

        await host.Crawls.DeleteScheduleAsync(new DeleteScheduleRequest { Id = added.Id }, Writer);
        var after = await host.Crawls.ListSchedulesAsync(new ListSchedulesRequest(), cancellationToken: Ct);

        Assert.Equal("every-second-test", added.Id);
        Assert.Equal(["blog"], added.OutletIds);
        Assert.Equal("Europe/Berlin", added.TimeZone);
        Assert.NotNull(added.NextFireAt);
        Assert.NotNull(fired);
        Assert.DoesNotContain(after.Schedules, s => s.Id == added.Id);
    }

    [Theory]
    [InlineData("0 61 * * * ?", "UTC", "cron")]
    [InlineData("", "UTC", "cron")]
    [InlineData("0 0 6 * * ?", "Mars/Olympus", "time_zone")]
    public async Task ScheduleCrawl_BadField_IsInvalidArgumentNamingIt(string cron, string zone, string field)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            host.Crawls.ScheduleCrawlAsync(new ScheduleCrawlRequest { Id = "bad", Cron = cron, TimeZone = zone }, Writer).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith(field + ":", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScheduleCrawl_TakenIdOrUnknownWatch_IsAlreadyExistsOrNotFound()
    {
        var taken = await Assert.ThrowsAsync<RpcException>(() =>
            host.Crawls.ScheduleCrawlAsync(new ScheduleCrawlRequest { Id = "default", Cron = "0 0 6 * * ?" }, Writer).ResponseAsync);
        var watch = await Assert.ThrowsAsync<RpcException>(() =>
            host.Crawls.ScheduleCrawlAsync(new ScheduleCrawlRequest { Id = "for-watch", Cron = "0 0 6 * * ?", WatchId = "no-such-watch" }, Writer).ResponseAsync);

        Assert.Equal(StatusCode.AlreadyExists, taken.StatusCode);
        Assert.Equal(StatusCode.NotFound, watch.StatusCode);
        Assert.StartsWith("watch_id:", watch.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteSchedule_ConfiguredOrUnknown_IsFailedPreconditionOrNotFound()
    {
        var configured = await Assert.ThrowsAsync<RpcException>(() => host.Crawls.DeleteScheduleAsync(new DeleteScheduleRequest { Id = "default" }, Writer).ResponseAsync);
        var unknown = await Assert.ThrowsAsync<RpcException>(() => host.Crawls.DeleteScheduleAsync(new DeleteScheduleRequest { Id = "never" }, Writer).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, configured.StatusCode);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }
}
