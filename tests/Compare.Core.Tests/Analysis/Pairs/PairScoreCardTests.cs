using Compare.Core.Analysis.Pairs;
using Compare.Core.Domain;

namespace Compare.Core.Tests.Analysis.Pairs;

public sealed class PairScoreCardTests
{
    [Theory]
    [InlineData("same", PairRelation.Same)]
    [InlineData("Conflict", PairRelation.Conflict)]
    [InlineData("1", null)]
    [InlineData("same,conflict", null)]
    [InlineData("opposite", null)]
    [InlineData("", null)]
    public void ParseRelation_NamesOnly(string text, PairRelation? expected) => Assert.Equal(expected, PairScoreCard.ParseRelation(text));

    [Fact]
    public void Summary_CountsTheJudgeAndTheSlotChecksApart()
    {
        var card = new PairScoreCard();
        var number = new SlotDifference(DifferenceKind.Number, "120", "120", "150", "150", "differ");
        var date = new SlotDifference(DifferenceKind.Date, "May", "May", "June", "June", "differ");

        // A conflict on number the judge calls unrelated: the judge misses it, the slot checks still find the number.
        card.Add(PairRelation.Conflict, [DifferenceKind.Number], new PairJudgement(0.2, PairRelation.Unrelated, 0.1, []), [number]);
        // A same pair the judge calls a conflict on date: the slot checks find a kind that is not there.
        card.Add(PairRelation.Same, [], new PairJudgement(0.9, PairRelation.Conflict, 0.8, [date]), [date]);
        // A related pair the judge calls related: right, and no slot check is scored for it.
        card.Add(PairRelation.Related, [], new PairJudgement(0.1, PairRelation.Related, 0.5, []), [date]);

        var text = card.Summary();

        Assert.Equal(3, card.Scored);
        Assert.Contains("scored 3 labelled pairs (2 labelled one fact)", text, StringComparison.Ordinal);
        Assert.Contains("judge, one fact or not   F1 0.667 (P 1.000 R 0.500); relation accuracy 0.333 (1/3)", text, StringComparison.Ordinal);
        Assert.Contains("slot checks, differ      F1 0.667 (P 0.500 R 1.000); exact kinds 0.500 (1/2)", text, StringComparison.Ordinal);
        Assert.Contains("number       F1 1.000 (P 1.000 R 1.000)  (labelled 1, found 1)", text, StringComparison.Ordinal);
        Assert.Contains("date         F1 0.000 (P 0.000 R 0.000)  (labelled 0, found 1)", text, StringComparison.Ordinal);
    }
}
