using Compare.Crawling.Revisions;

namespace Compare.Crawling.Tests.Revisions;

public sealed class RevisionDiffTests
{
    [Fact]
    public void Summarize_ChangedFigure_CountsParagraphAndWordsAndQuotesTheChange() =>
        Assert.Equal(
            "1 paragraph changed; +1/-1 words; first change: \"two\" -> \"three\"",
            RevisionDiff.Summarize("Fire crews arrived at 6 a.m.\n\nThe blast killed two workers.", "Fire crews arrived at 6 a.m.\n\nThe blast killed three workers."));

    [Fact]
    public void Summarize_AddedAndRemovedParagraphs_AreCounted()
    {
        var summary = RevisionDiff.Summarize("First.\n\nSecond goes away.\n\nThird.", "First.\n\nThird.\n\nA new fourth paragraph.\n\nAnd a fifth one.");

        Assert.StartsWith("2 paragraphs added, 1 paragraph removed; +8/-3 words", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_WhitespaceOnly_SaysSo() =>
        Assert.StartsWith("whitespace only; +0/-0 words", RevisionDiff.Summarize("A  b.\n\nC.", "A b.\n\nC."), StringComparison.Ordinal);
}
