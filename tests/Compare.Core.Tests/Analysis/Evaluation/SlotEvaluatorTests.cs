using Compare.Core.Analysis.Evaluation;
using Compare.Core.Corpus;
using Compare.Core.Domain;

namespace Compare.Core.Tests.Analysis.Evaluation;

public sealed class SlotEvaluatorTests
{
    private const string A1 = "The port will close on 3 March, the harbour master said.";
    private const string B1 = "The port closes in March.";
    private const string C1 = "The port will not close, officials said.";
    private const string A2 = "About 40 ships were turned away.";
    private const string B2 = "Some 40 ships may have been turned away.";

    private static GoldValue V(
        string? source = null, Polarity polarity = Polarity.Affirmed, Certainty certainty = Certainty.Asserted, string[]? dates = null,
        double[]? figures = null) =>
        new([.. (figures ?? []).Select(f => new GoldQuantity(f, "ship", null, false))], dates ?? [], [], polarity, source, certainty);

    private static CorpusTopic Topic(bool heldOut = false) => new("t", "/nowhere", heldOut, new GoldTopic("t", "t", "test",
        [new("a", "a.html"), new("b", "b.html"), new("c", "c.html")],
        [
            new GoldFact("f01", "closure", 3, new Dictionary<string, GoldMention?>
            {
                ["a"] = new([A1], V(source: "harbour master", dates: ["2026-03-03"])),
                ["b"] = new([B1], V(dates: ["2026-03"])),
                ["c"] = new([C1], V(source: "officials", polarity: Polarity.Negated)),
            }, true, []),
            new GoldFact("f02", "ships", 2, new Dictionary<string, GoldMention?>
            {
                ["a"] = new([A2], V(figures: [40])),
                ["b"] = new([B2], V(certainty: Certainty.Hedged, figures: [40])),
                ["c"] = null,
            }, false, []),
        ]));

    private static Claim C(string outlet, string text, Attribution? source = null, Polarity polarity = Polarity.Affirmed,
        Certainty certainty = Certainty.Asserted, DateMention[]? dates = null, Quantity[]? figures = null) =>
        new($"{outlet}#{text.Length}", outlet, outlet, new Uri($"https://{outlet}.example/"), 0, text, 0, text.Length, 0.8,
            new ClaimSlots(figures ?? [], dates ?? [], [], polarity, source, certainty, []));

    private static DateMention Day(int y, int m, int d) => new(new(y, m, d), new(y, m, d), DateGranularity.Day, "day", 0, 3);

    private static Quantity Q(double v) => new(v, "ship", null, QuantityQualifier.Exact, "n", 0, 1);

    private static Score Of(IReadOnlyList<SlotScore> scores, string slot) => scores.Single(s => s.Slot == slot).Score;

    [Fact]
    public void Score_ClaimsReadAsTheGoldGives_ScoreEverySlotFully()
    {
        var (scores, unread) = SlotEvaluator.Score(Topic(),
        [
            C("a", A1, new Attribution("harbour master", "said", "the harbour master"), dates: [Day(2026, 3, 3)]),
            C("b", B1, dates: [new(new(2026, 3, 1), new(2026, 3, 31), DateGranularity.Month, "March", 0, 5)]),
            C("c", C1, new Attribution("officials", "said", "officials"), Polarity.Negated),
            C("a", A2, figures: [Q(40)]),
            C("b", B2, certainty: Certainty.Hedged, figures: [Q(40)]),
        ]);

        Assert.Equal(0, unread);
        Assert.Equal(new Score(2, 0, 0), Of(scores, "source"));

        // f01's pairs a-c and b-c differ in polarity, a-b does not; f02's a-b does not.
        Assert.Equal(new Score(2, 0, 0), Of(scores, "negation"));
        Assert.Equal(new Score(1, 0, 0), Of(scores, "hedge"));
        Assert.Equal(new Score(2, 0, 0), Of(scores, "date"));
        Assert.Equal(new Score(2, 0, 0), Of(scores, "figure"));
        Assert.All(scores, s => Assert.Empty(s.Errors));
    }

    [Fact]
    public void Score_MissedAndFalseReadings_AreCountedAndNamed()
    {
        var (scores, unread) = SlotEvaluator.Score(Topic(),
        [
            C("a", A1, new Attribution("port authority", "said", "the port authority"), dates: [Day(2026, 3, 4)]),
            C("b", B1, new Attribution("officials", "said", "officials")),
            C("c", C1),
            C("b", B2, figures: [Q(40), Q(4)]),
        ]);

        // a's A2 yields no claim.
        Assert.Equal(1, unread);

        // a: another source (one miss, one false); b: a source where the gold has the outlet's own voice; c: missed.
        Assert.Equal(new Score(0, 2, 2), Of(scores, "source"));
        Assert.Contains(scores.Single(s => s.Slot == "source").Errors, e => e.Contains("gold 'harbour master', read 'port authority'", StringComparison.Ordinal));

        // Nothing is read as negated: f01's a-c and b-c are missed.
        Assert.Equal(new Score(0, 0, 2), Of(scores, "negation"));
        Assert.Equal(new Score(0, 0, 1), Of(scores, "hedge"));

        // a: 4 March for 3 March (a miss and a false date); b: March not read.
        Assert.Equal(new Score(0, 1, 2), Of(scores, "date"));

        // b: 40 found; 4 is a figure of no fact of the sentence.
        Assert.Equal(new Score(1, 1, 0), Of(scores, "figure"));
    }

    [Fact]
    public void Score_SourceNamedLooselyOrInTheCreditingPhrase_IsFound()
    {
        var topic = new CorpusTopic("t", "/nowhere", false, new GoldTopic("t", "t", "test", [new("a", "a.html"), new("b", "b.html")],
        [
            new GoldFact("f01", "closure", 3, new Dictionary<string, GoldMention?>
            {
                ["a"] = new([A1], V(source: "Selwick Harbour Master")),
                ["b"] = new([B1], V(source: "Port Authority")),
            }, false, []),
        ]));

        var (scores, _) = SlotEvaluator.Score(topic,
        [
            C("a", A1, new Attribution("harbour master", "said", "the harbour master")),
            C("b", B1, new Attribution("Tomas Reve", "said", "Tomas Reve of the Port Authority")),
        ]);

        Assert.Equal(new Score(2, 0, 0), Of(scores, "source"));
    }

    [Theory]
    [InlineData("2023-10-07", "2023-10-07", "2023-10-07")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2024", "2024-01-01", "2024-12-31")]
    [InlineData("1990/1993", "1990-01-01", "1993-12-31")]
    [InlineData("2025-10/2025-12", "2025-10-01", "2025-12-31")]
    [InlineData("2026-05-15T02:40", "2026-05-15", "2026-05-15")]
    public void ParseGoldDate_ReadsEveryFormTheGoldUses(string value, string from, string to)
    {
        Assert.Equal((DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), SlotEvaluator.ParseGoldDate(value));
    }

    [Theory]
    [InlineData("spring")]
    [InlineData("2026-13")]
    public void ParseGoldDate_OtherForms_AreNone(string value) => Assert.Null(SlotEvaluator.ParseGoldDate(value));

    [Fact]
    public void Score_HeldOutTopic_IsRefused() =>
        Assert.Throws<ArgumentException>(() => SlotEvaluator.Score(Topic(heldOut: true), []));
}
