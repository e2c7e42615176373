using Compare.Core.Analysis.Alignment;
using Compare.Core.Analysis.Findings;
using Compare.Core.Analysis.Pairs;
using Compare.Core.Domain;
using static Compare.Core.Tests.Analysis.Pairs.TestClaims;

namespace Compare.Core.Tests.Analysis.Findings;

public sealed class FindingBuilderTests
{
    [Fact]
    public void Build_OutletGivingTheFactsFigureInAnotherSentence_DoesNotLeaveItOut()
    {
        // The Courier alone states the depth in a sentence of its own; the wire gives it in its lead, which the aligner put
        // with the rescue; the Post never gives it.
        const string Depth = "The tunnel collapsed 840 metres below the surface.";
        const string Lead = "Rescuers reached the 23 miners trapped 840 metres underground at the Tollen Deep mine.";
        const string Rescue = "Rescuers reached the trapped miners on Saturday.";
        var claims = new[]
        {
            Of("courier", Depth, quantities: [Q(Depth, "840 metres", 840, "metre")]),
            Of("wire", Lead, quantities: [Q(Lead, "23 miners", 23, "miner"), Q(Lead, "840 metres", 840, "metre")]),
            Of("post", Rescue),
        };

        var findings = Build(claims, [[0], [1], [2]]);

        var omitted = Assert.Single(findings, f => f.Kind == FindingKind.Omitted && f.Evidence.Any(e => e.Sentence == Depth));
        Assert.Equal(["post"], omitted.Outlets);
    }

    [Fact]
    public void Build_OutletGivingTheFactsDayInAnotherSentence_DoesNotLeaveItOut()
    {
        const string Letter = "The union warned managers in a letter on 4 May 2026.";
        const string Lead = "The refinery burned two months after workers warned of corrosion on 4 May 2026.";
        const string Fire = "The refinery burned through the night.";
        var may4 = new DateOnly(2026, 5, 4);
        var claims = new[]
        {
            Of("courier", Letter, dates: [D(Letter, "4 May 2026", may4, may4, DateGranularity.Day)]),
            Of("wire", Lead, dates: [D(Lead, "4 May 2026", may4, may4, DateGranularity.Day)]),
            Of("post", Fire),
        };

        var findings = Build(claims, [[0], [1], [2]]);

        var omitted = Assert.Single(findings, f => f.Kind == FindingKind.Omitted && f.Evidence.Any(e => e.Sentence == Letter));
        Assert.Equal(["post"], omitted.Outlets);
    }

    [Fact]
    public void Build_FigureTheStoryGivesEverywhere_TiesNoOutletToTheFact()
    {
        // "80 mg" names the recalled tablet in sentence after sentence: giving it says nothing of the batch count.
        const string Batches = "The recall covers 14 batches of the 80 mg tablet.";
        const string Tablet = "The 80 mg tablet is taken by 58,000 patients.";
        const string Strengths = "The 40 mg and 160 mg strengths are not affected, only the 80 mg one.";
        const string Other = "Pharmacies will swap the 80 mg packs.";
        var claims = new[]
        {
            Of("courier", Batches, quantities: [Q(Batches, "14 batches", 14, "batch"), Q(Batches, "80 mg", 80, "milligram")]),
            Of("wire", Tablet, quantities: [Q(Tablet, "80 mg", 80, "milligram"), Q(Tablet, "58,000 patients", 58000, "patient")]),
            Of("post", Strengths, quantities: [Q(Strengths, "40 mg", 40, "milligram"), Q(Strengths, "160 mg", 160, "milligram"),
                Q(Strengths, "80 mg", 80, "milligram")]),
            Of("courier", Other, quantities: [Q(Other, "80 mg", 80, "milligram")], index: 1),
        };

        var findings = Build(claims, [[0], [1], [2], [3]]);

        var omitted = Assert.Single(findings, f => f.Kind == FindingKind.Omitted && f.Evidence.Any(e => e.Sentence == Batches));
        Assert.Equal(["post", "wire"], omitted.Outlets.Order());
    }

    [Fact]
    public void Build_UniqueAndLeftOutFacts_SummariesNameOutletsByName()
    {
        const string Depth = "The tunnel collapsed 840 metres below the surface.";
        const string Rescue = "Rescuers reached the trapped miners on Saturday.";
        const string Night = "The search went on through the night.";
        var claims = new[] { Of("courier", Depth, quantities: [Q(Depth, "840 metres", 840, "metre")]), Of("post", Rescue), Of("wire", Night) };
        var names = new Dictionary<string, string> { ["courier"] = "The Harbor Courier", ["post"] = "Meridian Post", ["wire"] = "Eastgate Wire" };

        var findings = Build(claims, [[0], [1], [2]], id => names[id]);

        var unique = Assert.Single(findings, f => f.Kind == FindingKind.Unique && f.Evidence.Any(e => e.Sentence == Depth));
        Assert.Equal($"Only The Harbor Courier states: {Depth}", unique.Summary);
        var omitted = Assert.Single(findings, f => f.Kind == FindingKind.Omitted && f.Evidence.Any(e => e.Sentence == Depth));
        Assert.Equal($"Left out by Meridian Post and Eastgate Wire (stated by The Harbor Courier): {Depth}", omitted.Summary);
    }

    [Fact]
    public void Build_FactOutletsDifferOnTwoKinds_SummaryNamesBothAsPlainWords()
    {
        const string Courier = "The council approved a budget of $1.42 billion on 10 June 2026.";
        const string Post = "The council approved a budget of $1.24 billion on 12 June 2026.";
        var (june10, june12) = (new DateOnly(2026, 6, 10), new DateOnly(2026, 6, 12));
        var claims = new[]
        {
            Of("courier", Courier, quantities: [Q(Courier, "$1.42 billion", 1.42e9, "USD")],
                dates: [D(Courier, "10 June 2026", june10, june10, DateGranularity.Day)]),
            Of("post", Post, quantities: [Q(Post, "$1.24 billion", 1.24e9, "USD")],
                dates: [D(Post, "12 June 2026", june12, june12, DateGranularity.Day)]),
        };

        var findings = Build(claims, [[0, 1]]);

        var differ = Assert.Single(findings, f => f.Kind == FindingKind.Differ);
        Assert.Equal([DifferenceKind.Number, DifferenceKind.Date], differ.Differences.Select(d => d.Kind));
        Assert.StartsWith("2 outlets differ on number and date: ", differ.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("HALBECK, March 3 (Eastgate Wire) - The river turned red below the plant.", "The river turned red below the plant.")]
    [InlineData("VELMORA — The bank cut its rate to 5 percent.", "The bank cut its rate to 5 percent.")]
    [InlineData("The river turned red below the plant - and stayed red.", "The river turned red below the plant - and stayed red.")]
    public void Build_LeadWithAWireDateline_LabelsTheFactWithoutIt(string sentence, string label)
    {
        var claims = new[] { Of("wire", sentence) };

        var findings = Build(claims, [[0]]);

        var unique = Assert.Single(findings, f => f.Kind == FindingKind.Unique);
        Assert.Equal($"Only wire states: {label}", unique.Summary);
        Assert.Equal(sentence, Assert.Single(unique.Evidence).Sentence);
    }

    private static IReadOnlyList<Finding> Build(Claim[] claims, int[][] groups, Func<string, string>? outletName = null)
    {
        // One-sentence facts need no verdict of the judge: the vectors are never read.
        var scores = new PairScores(claims, [.. claims.Select(_ => new float[] { 1f, 0f })], PairJudge.Default);
        var aligned = groups.Select(g => new AlignedGroup(g, new Dictionary<int, SecondFactLink>())).ToList();
        return new FindingBuilder(new FindingOptions()).Build(scores, aligned, [.. claims.Select(c => c.OutletId).Distinct()],
            outletName ?? (id => id)).Findings;
    }
}
