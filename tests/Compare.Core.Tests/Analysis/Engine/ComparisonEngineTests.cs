using Compare.Core.Analysis.Embeddings;
using Compare.Core.Analysis.Engine;
using Compare.Core.Analysis.Pairs;
using Compare.Core.Domain;
using Compare.Core.Tests.Analysis.Embeddings;
using static Compare.Core.Tests.Analysis.Engine.StoryFixture;

namespace Compare.Core.Tests.Analysis.Engine;

public sealed class ComparisonEngineTests(EmbedderFixture fixture)
{
    private ComparisonEngine Engine() =>
        new(new HandClaimExtractor(HandSlots), new CachedTextEmbedder(fixture.Embedder, new InMemoryEmbeddingCache()), PairJudge.Default, TimeProvider.System);

    [Fact]
    public async Task CompareAsync_DifferentTotals_DifferOnNumberWithBothValuesSideBySide()
    {
        var comparison = await Engine().CompareAsync(Story(), [], null, TestContext.Current.CancellationToken);

        var finding = Assert.Single(comparison.Findings, f => f.Evidence.Any(e => e.Sentence == TotalC) && f.Kind != FindingKind.Omitted);
        Assert.Equal(FindingKind.Differ, finding.Kind);
        Assert.Equal(["outlet-a", "outlet-b", "outlet-c"], finding.Outlets.Order());
        var number = Assert.Single(finding.Differences, d => d.Kind == DifferenceKind.Number);
        Assert.Equal("$1.42 billion", number.Values.Single(v => v.OutletId == "outlet-a").Value);
        Assert.Equal("$1.42 billion", number.Values.Single(v => v.OutletId == "outlet-b").Value);
        Assert.Equal("$1.24 billion", number.Values.Single(v => v.OutletId == "outlet-c").Value);
        Assert.Equal("$1.24 billion", number.Values.Single(v => v.OutletId == "outlet-c").Text);
    }

    [Fact]
    public async Task CompareAsync_FactTwoOutletsState_AgreeAndOmittedByTheThird()
    {
        var comparison = await Engine().CompareAsync(Story(), [], null, TestContext.Current.CancellationToken);

        var ferry = Assert.Single(comparison.Findings, f => f.Kind == FindingKind.Agree && f.Evidence.Any(e => e.Sentence == FerryA));
        Assert.Equal(["outlet-a", "outlet-b"], ferry.Outlets.Order());
        var omitted = Assert.Single(comparison.Findings, f => f.Kind == FindingKind.Omitted && f.ClusterId == ferry.ClusterId);
        Assert.Equal(["outlet-c"], omitted.Outlets);
    }

    [Fact]
    public async Task CompareAsync_FactOneOutletStates_IsUnique()
    {
        var comparison = await Engine().CompareAsync(Story(), [], null, TestContext.Current.CancellationToken);

        var unique = Assert.Single(comparison.Findings, f => f.Kind == FindingKind.Unique && f.Evidence.Any(e => e.Sentence == UniqueB));
        Assert.Equal(["outlet-b"], unique.Outlets);
    }

    [Fact]
    public async Task CompareAsync_Evidence_PointsIntoTheArticleText()
    {
        var story = Story();
        var comparison = await Engine().CompareAsync(story, [], null, TestContext.Current.CancellationToken);

        foreach (var e in comparison.Findings.SelectMany(f => f.Evidence))
        {
            var article = story.Articles.Single(a => a.Id == e.ArticleId);
            Assert.Equal(e.Sentence, article.Text.Substring(e.Start, e.Length));
            Assert.Equal(article.CanonicalUrl, e.Url);
        }
    }

    [Fact]
    public async Task CompareAsync_PairAgreement_CountsTheDifferingTotal()
    {
        var comparison = await Engine().CompareAsync(Story(), [], null, TestContext.Current.CancellationToken);

        var ac = Assert.Single(comparison.PairAgreement, p => p.A == "outlet-a" && p.B == "outlet-c");
        Assert.Equal(2, ac.Shared);
        Assert.Equal(1, ac.Differ);
        Assert.Equal(1, ac.Agree);
        var ab = Assert.Single(comparison.PairAgreement, p => p.A == "outlet-a" && p.B == "outlet-b");
        Assert.Equal((2, 2, 0), (ab.Shared, ab.Agree, ab.Differ));
    }

    [Fact]
    public async Task CompareAsync_Progress_ReportsEveryStageInOrder()
    {
        var stages = new List<ComparisonStage>();
        var progress = new SyncProgress(p => stages.Add(p.Stage));

        await Engine().CompareAsync(Story(), [], progress, TestContext.Current.CancellationToken);

        Assert.Equal(
            [ComparisonStage.Segmenting, ComparisonStage.Embedding, ComparisonStage.Aligning, ComparisonStage.Classifying, ComparisonStage.Done],
            stages.Distinct());
    }

    [Fact]
    public async Task CompareAsync_CancelledToken_Throws()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Engine().CompareAsync(Story(), [], null, cts.Token));
    }

    [Fact]
    public async Task CompareAsync_OneOutletOnly_ListsItsClaimsAsUniqueAndSaysWhy()
    {
        var story = new Story("solo", "solo", [ArticleOf("outlet-a", TotalA, FerryA)]);

        var comparison = await Engine().CompareAsync(story, [], null, TestContext.Current.CancellationToken);

        Assert.All(comparison.Findings, f => Assert.Equal(FindingKind.Unique, f.Kind));
        Assert.Equal(2, comparison.Findings.Count);
        Assert.Contains(comparison.Method.Notes, n => n.Contains("Only one outlet (outlet-a)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CompareAsync_SameArticleTwice_ComparedOnceWithANote()
    {
        var a = ArticleOf("outlet-a", TotalA, FerryA);
        var story = new Story("twice", "twice", [a, a, ArticleOf("outlet-b", TotalB, FerryB)]);

        var comparison = await Engine().CompareAsync(story, [], null, TestContext.Current.CancellationToken);

        Assert.Equal(2, comparison.Articles.Count);
        Assert.Contains(comparison.Method.Notes, n => n.Contains("given twice", StringComparison.Ordinal) && n.Contains("outlet-a", StringComparison.Ordinal));
        Assert.All(comparison.Findings, f => Assert.Equal(FindingKind.Agree, f.Kind));
    }

    [Fact]
    public async Task CompareAsync_EmptyArticle_LeftOutWithANote()
    {
        var story = new Story("empty", "empty", [ArticleOf("outlet-a", TotalA), ArticleOf("outlet-b", TotalB), ArticleOf("outlet-c", "   ")]);

        var comparison = await Engine().CompareAsync(story, [], null, TestContext.Current.CancellationToken);

        Assert.Contains(comparison.Method.Notes, n => n.Contains("outlet-c", StringComparison.Ordinal) && n.Contains("empty", StringComparison.Ordinal));
        Assert.DoesNotContain(comparison.Findings, f => f.Kind == FindingKind.Omitted);
        Assert.Equal(FindingKind.Agree, Assert.Single(comparison.Findings).Kind);
    }

    [Fact]
    public async Task CompareAsync_ExtractorFailsOnOneArticle_ComparesTheOthersAndSaysWhich()
    {
        var extractor = new FailingFor("outlet-c", new HandClaimExtractor(HandSlots));
        var engine = new ComparisonEngine(extractor, new CachedTextEmbedder(fixture.Embedder, new InMemoryEmbeddingCache()), PairJudge.Default, TimeProvider.System);

        var comparison = await engine.CompareAsync(Story(), [], null, TestContext.Current.CancellationToken);

        Assert.Contains(comparison.Method.Notes, n => n.Contains("outlet-c", StringComparison.Ordinal) && n.Contains("could not be read", StringComparison.Ordinal));
        Assert.DoesNotContain(comparison.Findings, f => f.Outlets.Contains("outlet-c"));
        Assert.Contains(comparison.Findings, f => f.Kind == FindingKind.Agree && f.Evidence.Any(e => e.Sentence == FerryA));
    }

    [Fact]
    public async Task CompareAsync_SameStoryAgain_ReadsEachArticleOnceAndComparesAlike()
    {
        var extractor = new Counting(new HandClaimExtractor(HandSlots));
        var engine = new ComparisonEngine(extractor, new CachedTextEmbedder(fixture.Embedder, new InMemoryEmbeddingCache()), PairJudge.Default, TimeProvider.System);
        var story = Story();

        var first = await engine.CompareAsync(story, [], null, TestContext.Current.CancellationToken);
        var again = await engine.CompareAsync(story with { Articles = [.. story.Articles.Select(a => a with { })] }, [], null, TestContext.Current.CancellationToken);

        Assert.Equal(story.Articles.Count, extractor.Reads);
        Assert.Equal(first.Findings.Select(f => (f.Kind, f.Summary, string.Join("|", f.Outlets))), again.Findings.Select(f => (f.Kind, f.Summary, string.Join("|", f.Outlets))));
    }

    [Fact]
    public async Task CompareAsync_ArticleChanged_IsReadAgain()
    {
        var extractor = new Counting(new HandClaimExtractor(HandSlots));
        var engine = new ComparisonEngine(extractor, new CachedTextEmbedder(fixture.Embedder, new InMemoryEmbeddingCache()), PairJudge.Default, TimeProvider.System);
        var story = Story();
        await engine.CompareAsync(story, [], null, TestContext.Current.CancellationToken);
        var corrected = story with { Articles = [.. story.Articles.Select((a, i) => i == 0 ? a with { Text = a.Text + " " } : a)] };

        await engine.CompareAsync(corrected, [], null, TestContext.Current.CancellationToken);

        Assert.Equal(story.Articles.Count + 1, extractor.Reads);
    }

    [Fact]
    public async Task CompareAsync_ArticleThatFailed_IsTriedAgainAndNotedEachTime()
    {
        var extractor = new Counting(new FailingFor("outlet-c", new HandClaimExtractor(HandSlots)));
        var engine = new ComparisonEngine(extractor, new CachedTextEmbedder(fixture.Embedder, new InMemoryEmbeddingCache()), PairJudge.Default, TimeProvider.System);

        await engine.CompareAsync(Story(), [], null, TestContext.Current.CancellationToken);
        var again = await engine.CompareAsync(Story(), [], null, TestContext.Current.CancellationToken);

        Assert.Equal(Story().Articles.Count + 1, extractor.Reads);
        Assert.Contains(again.Method.Notes, n => n.Contains("outlet-c", StringComparison.Ordinal) && n.Contains("could not be read", StringComparison.Ordinal));
    }

    private sealed class Counting(Compare.Core.Analysis.IClaimExtractor inner) : Compare.Core.Analysis.IClaimExtractor
    {
        private int _reads;

        public int Reads => _reads;

        public IReadOnlyList<Claim> Extract(Article article)
        {
            Interlocked.Increment(ref _reads);
            return inner.Extract(article);
        }
    }

    private sealed class FailingFor(string outlet, Compare.Core.Analysis.IClaimExtractor inner) : Compare.Core.Analysis.IClaimExtractor
    {
        public IReadOnlyList<Claim> Extract(Article article) =>
            article.OutletId == outlet ? throw new InvalidDataException("garbled page") : inner.Extract(article);
    }

    private sealed class SyncProgress(Action<ComparisonProgress> report) : IProgress<ComparisonProgress>
    {
        public void Report(ComparisonProgress value) => report(value);
    }
}
