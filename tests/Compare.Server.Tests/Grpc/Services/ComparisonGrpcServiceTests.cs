using System.Text;
using System.Text.Json;
using Compare.Protos.V1;
using Compare.Storage;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Compare.Server.Tests.Grpc.Services;

public sealed class ComparisonGrpcServiceTests(GrpcHostFixture host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ICompareStore Store => host.Host.App.Services.GetRequiredService<ICompareStore>();

    [Fact]
    public async Task Compare_StoryId_ReportsTheTopicsOutletsAndArticles()
    {
        var topic = DemoTopic.Read("port-alder-budget");
        var storyId = await topic.StoryIdAsync(Store, Ct);

        var report = await host.Comparisons.CompareAsync(new CompareRequest { StoryId = storyId }, cancellationToken: Ct);

        Assert.Equal(storyId, report.StoryId);
        Assert.Equal(topic.Outlets.Order(), report.Outlets.Select(o => o.Id).Order());
        Assert.Equal(topic.Urls.Select(u => u.AbsoluteUri).Order(), report.Articles.Select(a => a.Url).Order());
        Assert.Equal(report.Findings.Count, report.Counts.Agree + report.Counts.Differ + report.Counts.Omitted + report.Counts.Unique);
        Assert.All(report.Findings.SelectMany(f => f.Evidence), e => Assert.Contains(e.Url, topic.Urls.Select(u => u.AbsoluteUri)));
        Assert.Equal(topic.Outlets.Count * (topic.Outlets.Count - 1) / 2, report.PairAgreement.Count);
    }

    [Fact]
    public async Task Compare_StoryIdRecompute_GivesTheSameOutletsAsStored()
    {
        var storyId = await DemoTopic.Read("tarsin-court-ruling").StoryIdAsync(Store, Ct);
        var stored = await host.Comparisons.CompareAsync(new CompareRequest { StoryId = storyId }, cancellationToken: Ct);

        var fresh = await host.Comparisons.CompareAsync(new CompareRequest { StoryId = storyId, Recompute = true }, cancellationToken: Ct);

        Assert.True(fresh.ComparedAt.ToDateTimeOffset() > stored.ComparedAt.ToDateTimeOffset());
        Assert.Equal(stored.Outlets.Select(o => o.Id), fresh.Outlets.Select(o => o.Id));
        Assert.Equal(stored.Counts, fresh.Counts);
    }

    [Fact]
    public async Task Compare_TopicQuery_ComparesTheMatchingTopicsOutlets()
    {
        var topic = DemoTopic.Read("kestrel-bay-refinery");

        var report = await host.Comparisons.CompareAsync(new CompareRequest { TopicQuery = "Corvane refinery explosion Kestrel Bay" }, cancellationToken: Ct);

        Assert.Equal(string.Empty, report.StoryId);
        Assert.Equal("Corvane refinery explosion Kestrel Bay", report.Label);
        Assert.Subset(report.Articles.Select(a => a.Url).ToHashSet(), topic.Urls.Select(u => u.AbsoluteUri).ToHashSet());
        Assert.True(report.Outlets.Count >= 2);
    }

    [Fact]
    public async Task Compare_Inline_FindsTheDifferingFigureWithOffsetsIntoTheGivenText()
    {
        var request = new CompareRequest { Inline = new InlineArticles { Label = "Bridge vote" } };
        request.Inline.Articles.Add(Inline("The Daily Planet", "The council approved the bridge budget of 40 million dollars on Monday evening after a long debate."));
        request.Inline.Articles.Add(Inline("Gotham Gazette", "The council approved the bridge budget of 40 million dollars on Monday evening after a long debate."));

        var report = await host.Comparisons.CompareAsync(request, cancellationToken: Ct);

        Assert.Equal("Bridge vote", report.Label);
        Assert.Equal(["the-daily-planet", "gotham-gazette"], report.Outlets.Select(o => o.Id));
        Assert.Equal(["The Daily Planet", "Gotham Gazette"], report.Outlets.Select(o => o.Name));
        var evidence = Assert.Single(report.Findings, f => f.Kind == FindingKind.Agree).Evidence;
        Assert.All(evidence, e => Assert.Equal(0, e.Start));
        Assert.All(evidence, e => Assert.StartsWith("The council approved", e.Sentence, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CompareStream_Inline_SendsStagesInOrderThenTheReportLast()
    {
        var request = new CompareRequest { Inline = new InlineArticles() };
        request.Inline.Articles.Add(Inline("meridian-post", "Officials said 12 people were hurt in the blast on Tuesday near the harbor gate."));
        request.Inline.Articles.Add(Inline("harbor-courier", "Officials said 14 people were hurt in the blast on Tuesday near the harbor gate."));

        using var call = host.Comparisons.CompareStream(request, cancellationToken: Ct);
        var events = new List<CompareEvent>();
        await foreach (var e in call.ResponseStream.ReadAllAsync(Ct))
        {
            events.Add(e);
        }

        Assert.Equal(CompareEvent.EventOneofCase.Report, events[^1].EventCase);
        Assert.All(events[..^1], e => Assert.Equal(CompareEvent.EventOneofCase.Progress, e.EventCase));
        var stages = events[..^1].Select(e => e.Progress.Stage).Distinct().ToList();
        Assert.Equal(["segmenting", "embedding", "aligning", "classifying"], stages);
        var embedding = events.Where(e => e.Progress?.Stage == "embedding").Select(e => e.Progress).ToList();
        Assert.Equal(embedding[^1].Total, embedding[^1].Done);
        Assert.Equal(["harbor-courier", "meridian-post"], events[^1].Report.Outlets.Select(o => o.Id).Order());
    }

    [Fact]
    public async Task CompareStream_ClientCancelsMidCompare_EndsCancelledAndTheServerGoesOn()
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        using var call = host.Comparisons.CompareStream(LongInline(), cancellationToken: cts.Token);

        Assert.True(await call.ResponseStream.MoveNext(cts.Token));
        Assert.Equal(CompareEvent.EventOneofCase.Progress, call.ResponseStream.Current.EventCase);
        await cts.CancelAsync();
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            while (await call.ResponseStream.MoveNext(CancellationToken.None))
            {
            }
        });

        Assert.Equal(StatusCode.Cancelled, error.StatusCode);
        var after = await host.Comparisons.ListStoriesAsync(new ListStoriesRequest(), cancellationToken: Ct);
        Assert.NotEmpty(after.Stories);
    }

    [Fact]
    public async Task Compare_DeadlineShorterThanTheWork_EndsDeadlineExceeded()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            host.Comparisons.CompareAsync(LongInline(), deadline: DateTime.UtcNow.AddMilliseconds(300), cancellationToken: Ct).ResponseAsync);

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
    }

    [Theory]
    [InlineData(ReportFormat.Unspecified, "text/markdown")]
    [InlineData(ReportFormat.Markdown, "text/markdown")]
    [InlineData(ReportFormat.Json, "application/json")]
    [InlineData(ReportFormat.Html, "text/html")]
    [InlineData(ReportFormat.Csv, "text/csv")]
    public async Task GetReport_EachFormat_RendersTheStorysLatestComparison(ReportFormat format, string contentType)
    {
        var topic = DemoTopic.Read("valdoria-rate-decision");
        var storyId = await topic.StoryIdAsync(Store, Ct);

        var report = await host.Comparisons.GetReportAsync(new GetReportRequest { StoryId = storyId, Format = format }, cancellationToken: Ct);

        Assert.Equal(storyId, report.StoryId);
        Assert.Equal(contentType, report.ContentType);
        var text = Encoding.UTF8.GetString(report.Content.Span);
        switch (format)
        {
            case ReportFormat.Json:
                using (var json = JsonDocument.Parse(text))
                {
                    Assert.True(json.RootElement.TryGetProperty("schemaVersion", out _));
                }

                break;
            case ReportFormat.Html:
                Assert.StartsWith("<!DOCTYPE html>", text, StringComparison.OrdinalIgnoreCase);
                break;
            case ReportFormat.Csv:
                Assert.Contains("outlet", text.Split('\n')[0], StringComparison.OrdinalIgnoreCase);
                break;
            default:
                Assert.StartsWith("# ", text, StringComparison.Ordinal);
                Assert.Equal(ReportFormat.Markdown, report.Format);
                break;
        }

        Assert.All(topic.Urls, u => Assert.Contains(u.AbsoluteUri, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetReport_UnknownStory_IsNotFound()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => host.Comparisons.GetReportAsync(new GetReportRequest { StoryId = "s-nope" }, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Contains("s-nope", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListStories_PagesOfTwo_WalkTheSameStoriesAsOnePage()
    {
        var all = await host.Comparisons.ListStoriesAsync(new ListStoriesRequest { PageSize = 200 }, cancellationToken: Ct);
        var paged = new List<StorySummary>();
        var token = string.Empty;
        do
        {
            var page = await host.Comparisons.ListStoriesAsync(new ListStoriesRequest { PageSize = 2, PageToken = token }, cancellationToken: Ct);
            Assert.True(page.Stories.Count <= 2);
            paged.AddRange(page.Stories);
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        Assert.Equal(all.Stories.Select(s => s.Id), paged.Select(s => s.Id));
        Assert.True(all.Stories.Count(s => s.Id.StartsWith("s-", StringComparison.Ordinal)) >= GrpcHostFixture.Topics.Count);
        Assert.Equal(all.Stories.Select(s => s.UpdatedAt.ToDateTimeOffset()).OrderDescending(), all.Stories.Select(s => s.UpdatedAt.ToDateTimeOffset()));
    }

    [Fact]
    public async Task ListStories_OutletFilter_GivesOnlyStoriesThatOutletCovers()
    {
        var blogTopics = GrpcHostFixture.Topics.Where(t => DemoTopic.Read(t).Outlets.Contains("blog")).ToList();

        var page = await host.Comparisons.ListStoriesAsync(new ListStoriesRequest { OutletId = "blog" }, cancellationToken: Ct);

        var events = page.Stories.Where(s => s.Id.StartsWith("s-", StringComparison.Ordinal)).ToList();
        Assert.Equal(blogTopics.Count, events.Count);
        Assert.All(page.Stories, s => Assert.Contains("blog", s.OutletIds));
    }

    [Fact]
    public async Task ListStories_TextFilter_FindsTheStoryByAWordOfItsTitles()
    {
        var expected = await DemoTopic.Read("lowmoor-fever-outbreak").StoryIdAsync(Store, Ct);

        var page = await host.Comparisons.ListStoriesAsync(new ListStoriesRequest { Text = "lowmoor" }, cancellationToken: Ct);

        Assert.Contains(expected, page.Stories.Select(s => s.Id));
        Assert.DoesNotContain(await DemoTopic.Read("port-alder-budget").StoryIdAsync(Store, Ct), page.Stories.Select(s => s.Id));
    }

    [Fact]
    public async Task ListStories_TimeRangeBeforeEveryUpdate_IsEmpty()
    {
        var page = await host.Comparisons.ListStoriesAsync(
            new ListStoriesRequest { UpdatedBefore = Timestamp.FromDateTimeOffset(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero)) }, cancellationToken: Ct);

        Assert.Empty(page.Stories);
        Assert.Equal(string.Empty, page.NextPageToken);
    }

    [Fact]
    public async Task ListStories_TokenWithOtherFilters_IsInvalidArgumentNamingPageToken()
    {
        var first = await host.Comparisons.ListStoriesAsync(new ListStoriesRequest { PageSize = 1 }, cancellationToken: Ct);

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            host.Comparisons.ListStoriesAsync(new ListStoriesRequest { PageSize = 1, PageToken = first.NextPageToken, Text = "budget" }, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith("page_token:", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetStory_DemoStory_ListsItsArticlesWithClaims()
    {
        var topic = DemoTopic.Read("hamas-iran");
        var storyId = await topic.StoryIdAsync(Store, Ct);

        var story = await host.Comparisons.GetStoryAsync(new GetStoryRequest { Id = storyId }, cancellationToken: Ct);

        Assert.Equal(storyId, story.Summary.Id);
        Assert.Equal(topic.Outlets.Order(), story.Summary.OutletIds.Order());
        Assert.Equal(topic.Urls.Select(u => u.AbsoluteUri).Order(), story.Articles.Select(a => a.Url).Order());
        Assert.All(story.Articles, a => Assert.True(a.Claims > 0));
    }

    [Fact]
    public async Task WatchFindings_TopicWatchComparedByATriggeredCycle_StreamsItsFindingsAsNew()
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        cts.CancelAfter(TimeSpan.FromMinutes(4));
        using var watch = host.Comparisons.WatchFindings(new WatchFindingsRequest(), cancellationToken: cts.Token);
        await watch.ResponseHeadersAsync;

        var added = await host.Comparisons.AddTopicWatchAsync(
            new AddTopicWatchRequest { Id = "iran-funding", Query = "Hamas Iran funding" }, GrpcHostFixture.Writer(Ct));
        var run = await host.Crawls.TriggerCrawlAsync(new TriggerCrawlRequest { OutletIds = { "harbor-courier" } }, GrpcHostFixture.Writer(Ct));

        FindingEvent? first = null;
        while (first is null && await watch.ResponseStream.MoveNext(cts.Token))
        {
            if (watch.ResponseStream.Current.StoryId == added.StoryId)
            {
                first = watch.ResponseStream.Current;
            }
        }

        Assert.Equal("w-iran-funding", added.StoryId);
        Assert.NotNull(first);
        Assert.Equal(FindingChange.New, first.Change);
        Assert.Equal("Hamas Iran funding", first.Label);
        Assert.NotEqual(FindingKind.Agree, first.Finding.Kind);
        Assert.NotEmpty(first.Detail);
        var done = await WaitForRunAsync(run.Id);
        Assert.Equal(CrawlRunStatus.Succeeded, done.Status);
    }

    [Fact]
    public async Task WatchFindings_UnknownStory_IsNotFound()
    {
        using var call = host.Comparisons.WatchFindings(new WatchFindingsRequest { StoryId = "s-missing" }, cancellationToken: Ct);

        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseStream.MoveNext(Ct));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task AddTopicWatch_SameIdTwice_IsAlreadyExists()
    {
        await host.Comparisons.AddTopicWatchAsync(new AddTopicWatchRequest { Id = "twice", Query = "rate decision" }, GrpcHostFixture.Writer(Ct));

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            host.Comparisons.AddTopicWatchAsync(new AddTopicWatchRequest { Id = "twice", Query = "rate decision" }, GrpcHostFixture.Writer(Ct)).ResponseAsync);

        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
        var list = await host.Comparisons.ListTopicWatchesAsync(new ListTopicWatchesRequest(), cancellationToken: Ct);
        Assert.Single(list.Watches, w => w.Id == "twice");
        await host.Comparisons.RemoveTopicWatchAsync(new RemoveTopicWatchRequest { Id = "twice" }, GrpcHostFixture.Writer(Ct));
        var removed = await Assert.ThrowsAsync<RpcException>(() =>
            host.Comparisons.RemoveTopicWatchAsync(new RemoveTopicWatchRequest { Id = "twice" }, GrpcHostFixture.Writer(Ct)).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, removed.StatusCode);
    }

    internal static InlineArticle Inline(string outlet, string text) => new() { Outlet = outlet, Title = "Report", Text = text };

    /// <summary>Six long articles (a few thousand sentences to embed): work that takes seconds, to stop midway.</summary>
    internal static CompareRequest LongInline()
    {
        var request = new CompareRequest { Inline = new InlineArticles() };
        for (var a = 0; a < GrpcHostFixture.MaxInlineArticles; a++)
        {
            var text = new StringBuilder();
            for (var s = 0; text.Length < GrpcHostFixture.MaxArticleChars - 200; s++)
            {
                text.Append(System.Globalization.CultureInfo.InvariantCulture,
                    $"Outlet {a} reported that crew {s} moved {s * 7 + a} tonnes of grain to warehouse {s % 13} on day {s % 28}. ");
            }

            request.Inline.Articles.Add(Inline("outlet-" + a, text.ToString()));
        }

        return request;
    }

    private async Task<CrawlRun> WaitForRunAsync(string id)
    {
        var until = DateTime.UtcNow + TimeSpan.FromMinutes(4);
        while (true)
        {
            var run = await host.Crawls.GetCrawlRunAsync(new GetCrawlRunRequest { Id = id }, cancellationToken: Ct);
            if (run.FinishedAt is not null || DateTime.UtcNow > until)
            {
                return run;
            }

            await Task.Delay(200, Ct);
        }
    }
}
