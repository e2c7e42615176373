using Compare.Core.Analysis.Evaluation;
using Compare.Core.Corpus;
using Compare.Core.Domain;

namespace Compare.Core.Tests.Analysis.Evaluation;

public sealed class GoldScorerTests
{
    // Three outlets. f01: all three, c differs on the number. f02: a and b agree, c omits it. f03: only b (a and c omit it).
    private const string F01A = "The board approved $1.42 billion.";
    private const string F01B = "A $1.42 billion plan was adopted by the board.";
    private const string F01C = "The board passed $1.24 billion.";
    private const string F02A = "Two ferries will be bought.";
    private const string F02B = "The plan buys two ferries.";
    private const string F03B = "The chair will not run again.";

    private static readonly GoldValue Value = new([], [], [], Polarity.Affirmed, null, Certainty.Asserted);

    private static CorpusTopic Topic() => new("t", "/nowhere", true, new GoldTopic("t", "t", "test",
        [new("a", "a.html"), new("b", "b.html"), new("c", "c.html")],
        [
            new GoldFact("f01", "total", 3, Mentions(("a", F01A), ("b", F01B), ("c", F01C)), true,
                [new GoldDifference(DifferenceKind.Number, [["a", "b"], ["c"]], "")]),
            new GoldFact("f02", "ferries", 2, Mentions(("a", F02A), ("b", F02B), ("c", null)), false, []),
            new GoldFact("f03", "chair", 1, Mentions(("a", null), ("b", F03B), ("c", null)), false, []),
        ]));

    [Fact]
    public void Score_ComparisonEqualToGold_ScoresOneEverywhere()
    {
        var score = GoldScorer.Score(Topic(), Comparison(
            [
                ("c1", [C("a", F01A), C("b", F01B), C("c", F01C)], FindingKind.Differ, []),
                ("c2", [C("a", F02A), C("b", F02B)], FindingKind.Agree, ["c"]),
                ("c3", [C("b", F03B)], FindingKind.Unique, ["a", "c"]),
            ]));

        Assert.Equal(new Score(4, 0, 0), score.Alignment);
        Assert.Equal(new Score(2, 0, 0), score.Difference);
        Assert.Equal(2, score.KindsRight);
        Assert.Equal(new Score(3, 0, 0), score.Omission);
    }

    [Fact]
    public void Score_DifferingOutletLeftInItsOwnCluster_LosesAlignmentDifferencesAndAddsWrongOmissions()
    {
        var score = GoldScorer.Score(Topic(), Comparison(
            [
                ("c1", [C("a", F01A), C("b", F01B)], FindingKind.Agree, ["c"]),
                ("c4", [C("c", F01C)], FindingKind.Unique, ["a", "b"]),
                ("c2", [C("a", F02A), C("b", F02B)], FindingKind.Agree, ["c"]),
                ("c3", [C("b", F03B)], FindingKind.Unique, ["a", "c"]),
            ]));

        // Gold pairs: f01 a-b, a-c, b-c and f02 a-b; only f01 a-b and f02 a-b are found.
        Assert.Equal(new Score(2, 0, 2), score.Alignment);
        Assert.Equal(new Score(0, 0, 2), score.Difference);

        // Right: (f02,c), (f03,a), (f03,c). Wrong: (f01,c) from c1 and (f01,a), (f01,b) from c4.
        Assert.Equal(new Score(3, 3, 0), score.Omission);
    }

    [Fact]
    public void Score_SentenceOfTwoFactsInTheClusterOfEach_IsNotPairedAcrossTheFacts()
    {
        // a's one sentence states both facts; b states each in a sentence of its own.
        const string A = "The board approved $1.42 billion and two ferries.";
        const string B1 = "A $1.42 billion plan was adopted by the board.";
        const string B2 = "The plan buys two ferries.";
        var topic = new CorpusTopic("t2", "/nowhere", false, new GoldTopic("t2", "t2", "test", [new("a", "a.html"), new("b", "b.html")],
        [
            new GoldFact("f01", "total", 2, Mentions(("a", A), ("b", B1)), false, []),
            new GoldFact("f02", "ferries", 2, Mentions(("a", A), ("b", B2)), false, []),
        ]));

        var exact = GoldScorer.Score(topic, Comparison(
            [
                ("c1", [C("a", A), C("b", B1)], FindingKind.Agree, []),
                ("c2", [C("a", A), C("b", B2)], FindingKind.Agree, []),
            ]));
        var merged = GoldScorer.Score(topic, Comparison([("c1", [C("a", A), C("b", B1), C("b", B2)], FindingKind.Agree, [])]));

        // Gold pairs: (a f01, b f01) and (a f02, b f02). Both comparisons find both and pair no sentences of different facts.
        Assert.Equal(new Score(2, 0, 0), exact.Alignment);
        Assert.Equal(new Score(2, 0, 0), merged.Alignment);
    }

    [Fact]
    public void Score_DifferenceTheGoldListsUnderAnotherFactOfTheSameSentences_IsScoredThereOnly()
    {
        // Every outlet's one sentence states the vote (f01, alike) and the total (f02, c differs): the number difference
        // the finding reports is f02's, not a false difference of f01.
        var topic = new CorpusTopic("t3", "/nowhere", false, new GoldTopic("t3", "t3", "test",
            [new("a", "a.html"), new("b", "b.html"), new("c", "c.html")],
            [
                new GoldFact("f01", "vote", 3, Mentions(("a", F01A), ("b", F01B), ("c", F01C)), false, []),
                new GoldFact("f02", "total", 3, Mentions(("a", F01A), ("b", F01B), ("c", F01C)), false,
                    [new GoldDifference(DifferenceKind.Number, [["a", "b"], ["c"]], "")]),
            ]));

        var score = GoldScorer.Score(topic, Comparison([("c1", [C("a", F01A), C("b", F01B), C("c", F01C)], FindingKind.Differ, [])]));

        // f02: a-c and b-c found with the right kind; f01: nothing reported between any two outlets.
        Assert.Equal(new Score(2, 0, 0), score.Difference);
        Assert.Equal(2, score.KindsRight);
    }

    [Fact]
    public void Score_ClaimPairOfNoCommonFact_IsOneFalsePair_AndUngoldPairsAreUnlabeled()
    {
        var score = GoldScorer.Score(Topic(), Comparison(
            [
                ("c1", [C("a", F01A), C("b", F01B), C("c", F01C)], FindingKind.Agree, []),
                ("c2", [C("a", F02A), C("b", F03B), C("c", "The weather was fine on the day of the vote.")], FindingKind.Agree, []),
                ("c5", [C("b", F02B), C("a", "Officials declined to comment on the matter."), C("c", "Rain is expected.")], FindingKind.Agree, []),
            ]));

        // Found: f01 a-b, a-c, b-c. Wrong: c2 a(f02)-b(f03), a(f02)-c(ungold), b(f03)-c(ungold); c5 b(f02)-a(ungold),
        // b(f02)-c(ungold). Missed: f02 a-b. Unlabeled: c5 a(ungold)-c(ungold).
        Assert.Equal(new Score(3, 5, 1, 1), score.Alignment);
    }

    private static Dictionary<string, GoldMention?> Mentions(params (string Outlet, string? Sentence)[] m) =>
        m.ToDictionary(x => x.Outlet, x => x.Sentence is null ? null : new GoldMention([x.Sentence], Value), StringComparer.Ordinal);

    private static Claim C(string outlet, string text) =>
        new($"{outlet}#{text.Length}", outlet, outlet, new Uri($"https://{outlet}.example/"), 0, text, 0, text.Length, 0.8, ClaimSlots.Empty);

    private static Comparison Comparison(IReadOnlyList<(string Id, Claim[] Claims, FindingKind Kind, string[] Omitting)> clusters)
    {
        var findings = new List<Finding>();
        foreach (var (id, claims, kind, omitting) in clusters)
        {
            var outlets = claims.Select(c => c.OutletId).Distinct().ToList();
            IReadOnlyList<ValueDifference> differences = kind == FindingKind.Differ
                ? [new ValueDifference(DifferenceKind.Number,
                    [new OutletValue("a", "$1.42 billion", "", null), new OutletValue("b", "$1.42 billion", "", null), new OutletValue("c", "$1.24 billion", "", null)], "")]
                : [];
            findings.Add(new Finding("f" + id, kind, id, "", outlets, differences, [], 1, 1));
            if (omitting.Length > 0)
            {
                findings.Add(new Finding("o" + id, FindingKind.Omitted, id, "", omitting, [], [], 1, 1));
            }
        }

        return new Comparison("t", "t", DateTimeOffset.UnixEpoch, [], [],
            [.. clusters.Select(c => new ClaimCluster(c.Id, "", c.Claims, 1))], findings, [], new ComparisonMethod("", "", "", []));
    }
}
