using Compare.Core.Analysis.Alignment;
using Compare.Core.Analysis.Claims;
using Compare.Core.Analysis.Embeddings;
using Compare.Core.Analysis.Engine;
using Compare.Core.Analysis.Pairs;
using Compare.Core.Corpus;
using Compare.Core.Domain;
using Compare.Core.Tests.Analysis.Embeddings;

namespace Compare.Core.Tests.Analysis.Alignment;

/// <summary>Two outlets that put one figure at different values state one fact, told differently.</summary>
public sealed class RivalFiguresTests(EmbedderFixture fixture)
{
    // seeds/training/halsey-museum-theft, gold fact f03: the wire and the Meridian Post differ on what the paintings are worth.
    private const string Wire = "The stolen works are worth an estimated 38 million crowns, the museum said.";
    private const string Meridian = "Two dealers who know the works well put their combined value at closer to 55 million crowns, "
        + "a figure that reflects how rarely paintings of this period and quality reach the market at all.";

    [Fact]
    public async Task CompareAsync_RivalValuesTheJudgeSplits_OneFactThatDiffersOnNumber()
    {
        var ct = TestContext.Current.CancellationToken;
        var catalog = CorpusCatalog.Load(RepoPaths.Corpus);
        var story = TrainingStories.StoryOf(TrainingStories.Load(TrainingStories.FolderBeside(catalog.Root)).Single(t => t.Id == "halsey-museum-theft"),
            catalog.Outlets);

        // Without the rule the judge alone leaves the two values in two facts: what the rule is for.
        var judgeAlone = await Compare(story, new AlignmentOptions { RivalFigureScore = 0 }, ct);
        Assert.DoesNotContain(judgeAlone.Findings, f => f.Kind != FindingKind.Omitted && Holds(f, Wire) && Holds(f, Meridian));

        var comparison = await Compare(story, new AlignmentOptions(), ct);

        var differ = Assert.Single(comparison.Findings, f => f.Kind == FindingKind.Differ && Holds(f, Wire) && Holds(f, Meridian));
        var number = Assert.Single(differ.Differences, d => d.Kind == DifferenceKind.Number);
        Assert.Contains("38 million", number.Values.Single(v => v.OutletId == "eastgate-wire").Value, StringComparison.Ordinal);
        Assert.Contains("55 million", number.Values.Single(v => v.OutletId == "meridian-post").Value, StringComparison.Ordinal);
    }

    private async Task<Comparison> Compare(Story story, AlignmentOptions alignment, CancellationToken ct) =>
        await new ComparisonEngine(new ClaimExtractor(), new CachedTextEmbedder(fixture.Embedder, new InMemoryEmbeddingCache()), PairJudge.Default,
            TimeProvider.System, new ComparisonOptions { Alignment = alignment }).CompareAsync(story, [], null, ct);

    private static bool Holds(Finding finding, string sentence) => finding.Evidence.Any(e => e.Sentence == sentence);
}
