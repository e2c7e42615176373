using Compare.Core.Analysis.Claims;
using Compare.Core.Analysis.Embeddings;
using Compare.Core.Analysis.Engine;
using Compare.Core.Analysis.Evaluation;
using Compare.Core.Analysis.Findings;
using Compare.Core.Analysis.Pairs;
using Compare.Core.Corpus;
using Compare.Core.Domain;
using Compare.Core.Tests.Analysis.Embeddings;

namespace Compare.Core.Tests.Analysis.Engine;

/// <summary>The whole engine (real extractor, MiniLM, shipped pair model) on a corpus topic the model was trained on.</summary>
public sealed class CorpusComparisonTests(EmbedderFixture fixture)
{
    [Fact]
    public async Task CompareAsync_PortAlderBudget_NorthlineOddOneOutOnTheTotal()
    {
        var catalog = CorpusCatalog.Load(RepoPaths.Corpus);
        var topic = catalog.Topics.Single(t => t.Id == "port-alder-budget");
        var engine = new ComparisonEngine(new ClaimExtractor(), new CachedTextEmbedder(fixture.Embedder, new InMemoryEmbeddingCache()),
            PairJudge.Default, TimeProvider.System);

        var comparison = await engine.CompareAsync(CorpusEvaluator.StoryOf(catalog, topic), [.. catalog.Outlets.Select(o => o.Outlet)], null,
            TestContext.Current.CancellationToken);

        // Gold f01: harbor-courier, civic-ledger and meridian-post put the budget at about $1.42 billion, northline-news at $1.24 billion.
        var total = Assert.Single(comparison.Findings, f => f.Kind == FindingKind.Differ && f.Evidence.Any(e => e.Sentence == "The plan totals $1.24 billion."));
        var number = Assert.Single(total.Differences, d => d.Kind == DifferenceKind.Number);
        Assert.True(ClusterDifferences.Separates(number, "northline-news", "harbor-courier"));
        Assert.Contains("1.24 billion", number.Values.Single(v => v.OutletId == "northline-news").Value, StringComparison.Ordinal);
        Assert.Equal(4, comparison.Outlets.Count);
        Assert.Equal("The Harbor Courier", comparison.Outlets.Single(o => o.Id == "harbor-courier").Name);
        Assert.All(comparison.Findings.Where(f => f.Kind == FindingKind.Omitted), f => Assert.DoesNotContain(f.Outlets, o => comparison.Clusters.Single(c => c.Id == f.ClusterId).OutletIds.Contains(o)));
    }
}
