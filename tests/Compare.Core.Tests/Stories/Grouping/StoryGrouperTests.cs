using Compare.Core.Analysis;
using Compare.Core.Analysis.Claims;
using Compare.Core.Stories;
using Compare.Core.Stories.Grouping;
using Compare.Core.Tests.Analysis.Embeddings;

namespace Compare.Core.Tests.Stories.Grouping;

public sealed class StoryGrouperTests(EmbedderFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<IReadOnlyList<StoryArticle>> FeaturesAsync(Func<DateTimeOffset?, DateTimeOffset> time, IClaimExtractor? extractor = null)
    {
        using var analyzer = new TermAnalyzer();
        var builder = new StoryFeatureBuilder(extractor ?? new NoClaims(), fixture.Embedder, analyzer);
        return await builder.BuildAsync(DemoArticles.Items.Select(x => (x.Article, time(x.Article.PublishedAt))).ToList(), Ct);
    }

    private static void AssertOneStoryPerTopic(StoryGrouper grouper)
    {
        var topics = DemoArticles.Items.GroupBy(x => x.Topic).ToList();
        Assert.Equal(topics.Count, grouper.StoryIds.Count);
        foreach (var topic in topics)
        {
            var expected = topic.Select(x => x.Article.Id).Order().ToList();
            var story = grouper.StoryOf(expected[0]);
            Assert.NotNull(story);
            Assert.Equal(expected, grouper.Members(story).Select(m => m.ArticleId).Order().ToList());
        }
    }

    [Fact]
    public async Task Assign_DemoCorpus_EachTopicIsExactlyOneStoryWithAllItsArticles()
    {
        var grouper = new StoryGrouper(new StoryGroupingOptions(), fixture.Embedder.Dimensions);

        grouper.Assign(await FeaturesAsync(t => t!.Value), Ct);

        AssertOneStoryPerTopic(grouper);
    }

    [Fact]
    public async Task Assign_DemoCorpusWithActorsAndDaysFromClaims_EachTopicIsExactlyOneStory()
    {
        var grouper = new StoryGrouper(new StoryGroupingOptions(), fixture.Embedder.Dimensions);
        var features = await FeaturesAsync(t => t!.Value, new ClaimExtractor());
        Assert.All(features, f => Assert.NotEmpty(f.Entities));

        grouper.Assign(features, Ct);

        AssertOneStoryPerTopic(grouper);
    }

    [Fact]
    public async Task Assign_DemoCorpusAllPublishedAtOnce_StillOneStoryPerTopic()
    {
        // Without the time window to help, only what the articles say can keep the six topics apart.
        var grouper = new StoryGrouper(new StoryGroupingOptions(), fixture.Embedder.Dimensions);

        grouper.Assign(await FeaturesAsync(_ => new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero)), Ct);

        AssertOneStoryPerTopic(grouper);
    }

    [Fact]
    public async Task Assign_OneArticleAtATimeNewestFirst_SameStories()
    {
        var grouper = new StoryGrouper(new StoryGroupingOptions(), fixture.Embedder.Dimensions);
        var same = new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

        foreach (var article in (await FeaturesAsync(_ => same)).Reverse())
        {
            grouper.Assign([article], Ct);
        }

        AssertOneStoryPerTopic(grouper);
    }

    [Fact]
    public async Task Assign_SameTopicAMonthApart_StartsASecondStory()
    {
        var features = await FeaturesAsync(t => t!.Value);
        var refinery = features.Where(f => f.ArticleId.StartsWith("kestrel-bay-refinery/", StringComparison.Ordinal)).ToList();
        var grouper = new StoryGrouper(new StoryGroupingOptions { Window = TimeSpan.FromDays(7) }, fixture.Embedder.Dimensions);
        grouper.Assign(refinery.Take(3).ToList(), Ct);

        var late = refinery[3] with { Time = refinery[3].Time.AddDays(40) };
        var result = grouper.Assign([late], Ct);

        Assert.Equal(2, grouper.StoryIds.Count);
        Assert.Equal([result.Assignments[late.ArticleId]], result.NewStories);
    }

    [Fact]
    public async Task Assign_ArticleFittingTwoStoriesThatAreOne_MergesThemIntoTheOlder()
    {
        var features = await FeaturesAsync(t => t!.Value);
        var budget = features.Where(f => f.ArticleId.StartsWith("port-alder-budget/", StringComparison.Ordinal)).OrderBy(f => f.Time).ToList();
        var grouper = new StoryGrouper(new StoryGroupingOptions(), fixture.Embedder.Dimensions);
        // As an earlier run with stricter settings might have left them: one event split in two stories.
        grouper.Restore("s-older", budget[0]);
        grouper.Restore("s-older", budget[1]);
        grouper.Restore("s-newer", budget[2]);

        var result = grouper.Assign([budget[3]], Ct);

        Assert.Equal([new StoryMerge("s-newer", "s-older")], result.Merges);
        Assert.Equal(["s-older"], grouper.StoryIds);
        Assert.Equal(4, grouper.Members("s-older").Count);
        Assert.Equal("s-older", result.Assignments[budget[3].ArticleId]);
    }

    [Fact]
    public async Task Assign_RevisedArticle_StaysInItsStoryWithNewFeatures()
    {
        var features = await FeaturesAsync(t => t!.Value);
        var grouper = new StoryGrouper(new StoryGroupingOptions(), fixture.Embedder.Dimensions);
        grouper.Assign(features, Ct);
        var first = features[0];
        var story = grouper.StoryOf(first.ArticleId);

        var revised = first with { Terms = [.. first.Terms, new ArticleTerm("correct", "correction", 1, false)] };
        Assert.NotNull(story);
        var result = grouper.Assign([revised], Ct);

        Assert.Equal([story], result.ChangedStories);
        Assert.Empty(result.NewStories);
        Assert.Contains(grouper.Find(first.ArticleId)!.Terms, t => t.Key == "correct");
        Assert.Equal(6, grouper.StoryIds.Count);
    }

    [Theory]
    [InlineData("kestrel-bay-refinery", "Kestrel Bay")]
    [InlineData("port-alder-budget", "Port Alder")]
    [InlineData("valdoria-rate-decision", "Valdoria")]
    [InlineData("lowmoor-fever-outbreak", "Lowmoor")]
    [InlineData("tarsin-court-ruling", "Brennick")]
    [InlineData("hamas-iran", "Hamas")]
    public async Task Label_DemoTopic_NamesWhereOrWhoItIsAbout(string topic, string name)
    {
        var grouper = new StoryGrouper(new StoryGroupingOptions(), fixture.Embedder.Dimensions);
        grouper.Assign(await FeaturesAsync(t => t!.Value), Ct);

        var label = grouper.Label(grouper.StoryOf(topic + "/" + DemoArticles.Items.First(x => x.Topic == topic).Article.OutletId)!);

        Assert.Contains(name, label, StringComparison.Ordinal);
    }
}
