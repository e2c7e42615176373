using Compare.Core.Domain;
using Compare.Reports.Text;

namespace Compare.Reports.Tests.Text;

public sealed class SentenceHighlighterTests
{
    [Fact]
    public void Split_ValueInSentence_MarksExactlyThatRun()
    {
        var segments = SentenceHighlighter.Split("The plan totals $1.24 billion.", [("$1.24 billion", DifferenceKind.Number)]);

        Assert.Equal(
            [new TextSegment("The plan totals ", null), new TextSegment("$1.24 billion", DifferenceKind.Number), new TextSegment(".", null)],
            segments);
    }

    [Fact]
    public void Split_DifferentCase_FallsBackToCaseInsensitiveMatch()
    {
        var segments = SentenceHighlighter.Split("In the early hours of Thursday, the council voted.", [("in the early hours", DifferenceKind.Date)]);

        Assert.Equal(new TextSegment("In the early hours", DifferenceKind.Date), segments[0]);
    }

    [Fact]
    public void Split_TwoMarksSameText_SecondTakesTheNextOccurrence()
    {
        var segments = SentenceHighlighter.Split("6-3 then 6-3", [("6-3", DifferenceKind.Number), ("6-3", DifferenceKind.Date)]);

        Assert.Equal(2, segments.Count(s => s.Kind is not null));
        Assert.Equal("6-3 then 6-3", string.Concat(segments.Select(s => s.Text)));
    }

    [Fact]
    public void Split_OverlappingMarks_KeepsTheLongerAndTheTextWhole()
    {
        var segments = SentenceHighlighter.Split("She has not said whether she will sign.",
            [("not", DifferenceKind.Polarity), ("has not said", DifferenceKind.Attribution)]);

        Assert.Equal("has not said", Assert.Single(segments, s => s.Kind is not null).Text);
        Assert.Equal("She has not said whether she will sign.", string.Concat(segments.Select(s => s.Text)));
    }

    [Fact]
    public void Split_MarkNotFoundOrEmpty_LeavesSentencePlain()
    {
        var segments = SentenceHighlighter.Split("Nothing here.", [("absent", DifferenceKind.Actor), (string.Empty, DifferenceKind.Number)]);

        Assert.Equal([new TextSegment("Nothing here.", null)], segments);
    }
}
