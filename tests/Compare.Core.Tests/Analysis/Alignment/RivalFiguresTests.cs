using Compare.Core.Analysis.Alignment;
using Compare.Core.Domain;
using Compare.Core.Tests.Analysis.Embeddings;
using static Compare.Core.Tests.Analysis.Alignment.TrainingStoryRuns;

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
        var story = Story("halsey-museum-theft");

        // Without the rule the judge alone leaves the two values in two facts: what the rule is for.
        var judgeAlone = await CompareAsync(fixture.Embedder, story, new AlignmentOptions { RivalFigureScore = 0 }, ct);
        Assert.DoesNotContain(judgeAlone.Findings, f => f.Kind != FindingKind.Omitted && Holds(f, Wire) && Holds(f, Meridian));

        var comparison = await CompareAsync(fixture.Embedder, story, new AlignmentOptions(), ct);

        var differ = Assert.Single(comparison.Findings, f => f.Kind == FindingKind.Differ && Holds(f, Wire) && Holds(f, Meridian));
        var number = Assert.Single(differ.Differences, d => d.Kind == DifferenceKind.Number);
        Assert.Contains("38 million", number.Values.Single(v => v.OutletId == "eastgate-wire").Value, StringComparison.Ordinal);
        Assert.Contains("55 million", number.Values.Single(v => v.OutletId == "meridian-post").Value, StringComparison.Ordinal);
    }
}
