using Compare.Core.Analysis.Alignment;
using Compare.Core.Analysis.Findings;
using Compare.Core.Domain;
using Compare.Core.Tests.Analysis.Embeddings;
using static Compare.Core.Tests.Analysis.Alignment.TrainingStoryRuns;

namespace Compare.Core.Tests.Analysis.Alignment;

/// <summary>A news lead that gives a fact's figure states that fact too, besides its own.</summary>
public sealed class SharedFigureTests(EmbedderFixture fixture)
{
    // seeds/training/marrow-bridge-closure, gold fact f03 (the bridge's daily traffic): the Harbor Courier states it only in
    // its lead, which reports the closure.
    private const string Lead = "CARVENFORD — The Marrow River Bridge, which some 42,000 vehicles cross each day between this provincial city and the "
        + "town of Veylin, was closed to traffic yesterday evening, leaving commuters, shopkeepers and delivery drivers to contemplate months of "
        + "longer journeys.";
    private const string Count = "About 42,000 vehicles use the bridge each day.";

    [Fact]
    public async Task CompareAsync_LeadGivingTheDailyTraffic_StatesTheTrafficToo()
    {
        var ct = TestContext.Current.CancellationToken;
        var story = Story("marrow-bridge-closure");

        // Without the rule the lead stays with the closure alone, and the Courier is said to leave the traffic out.
        var without = await CompareAsync(fixture.Embedder, story, new AlignmentOptions { SharedFigureThreshold = 2 }, ct);
        Assert.DoesNotContain(without.Findings, f => f.Kind != FindingKind.Omitted && Holds(f, Lead) && Holds(f, Count));

        var comparison = await CompareAsync(fixture.Embedder, story, new AlignmentOptions(), ct);

        var count = Assert.Single(comparison.Findings, f => f.Kind is FindingKind.Agree or FindingKind.Differ && Holds(f, Lead) && Holds(f, Count));
        Assert.Contains("harbor-courier", count.Outlets);
        Assert.DoesNotContain(comparison.Findings, f => f.Kind == FindingKind.Omitted && f.ClusterId == count.ClusterId && f.Outlets.Contains("harbor-courier"));

        // The lead is the closure's sentence still, and is compared on the figure alone here: no date, actor or source of it.
        Assert.Contains(comparison.Findings, f => f.ClusterId != count.ClusterId && f.Kind is FindingKind.Agree or FindingKind.Differ && Holds(f, Lead));
        Assert.DoesNotContain(count.Differences, d => d.Kind != DifferenceKind.Number
            && count.Outlets.Any(o => o != "harbor-courier" && ClusterDifferences.Separates(d, "harbor-courier", o)));
    }

    // seeds/training/keldor-party-leadership, gold fact f02 (the winner's share of the vote): Eastgate Wire gives it only in
    // its lead. The lead and the Civic Ledger's sentence with the figure are no embedding candidates of each other (cosine
    // 0.47; each has at least three sentences of the other's article nearer, the Ledger's own lead at 0.89), so only the
    // shared figure brings them together.
    private const string KeldorLead = "VASTREL, Dec 12 (Eastgate Wire) - Keldor's governing National Concord Party on Saturday elected Finance Minister "
        + "Odile Stolvik as its leader with 52.6 percent of the votes cast, making her the country's next prime minister.";
    private const string KeldorShare = "Stolvik received 41,208 votes, or 52.6 percent.";

    [Fact]
    public async Task CompareAsync_LeadGivingAFigureOfNoNearSentence_StatesTheFigureFactToo()
    {
        var ct = TestContext.Current.CancellationToken;
        var comparison = await CompareAsync(fixture.Embedder, Story("keldor-party-leadership"), new AlignmentOptions(), ct);

        var share = Assert.Single(comparison.Findings, f => f.Kind is FindingKind.Agree or FindingKind.Differ && Holds(f, KeldorShare));
        Assert.True(Holds(share, KeldorLead), $"the lead is not in the vote-share finding: {string.Join(" | ", share.Evidence.Select(e => e.Sentence))}");
        Assert.Contains(comparison.Findings, f => f.ClusterId != share.ClusterId && f.Kind is FindingKind.Agree or FindingKind.Differ && Holds(f, KeldorLead));

        // A sentence that joined a cluster as a second fact is in it once, and so is its evidence.
        Assert.All(comparison.Clusters, c => Assert.Equal(c.Claims.Count, c.Claims.DistinctBy(x => x.Id).Count()));
        Assert.Equal(share.Evidence.Count, share.Evidence.DistinctBy(e => (e.ArticleId, e.Start)).Count());
    }
}
