using Compare.Crawling.Extraction;

namespace Compare.Crawling.Tests.Extraction;

public sealed class TokenF1Tests
{
    [Fact]
    public void Of_ExtraAndMissingTokens_GivePrecisionAndRecall()
    {
        // Truth has 4 tokens; extraction has 3 of them plus 2 of chrome.
        var score = TokenF1.Of("The council voted. Share this", "the council voted yes");

        Assert.Equal(3.0 / 5, score.Precision, 6);
        Assert.Equal(3.0 / 4, score.Recall, 6);
        Assert.Equal(2 * 0.6 * 0.75 / 1.35, score.F1, 6);
    }

    [Fact]
    public void Of_RepeatedTokens_CountAsOftenAsInBoth() =>
        Assert.Equal(0.5, TokenF1.Of("a a", "a b").Precision, 6);

    [Fact]
    public void Of_BothEmpty_IsPerfectAndOneEmptyIsZero()
    {
        Assert.Equal(1, TokenF1.Of(string.Empty, string.Empty).F1);
        Assert.Equal(0, TokenF1.Of(string.Empty, "text").F1);
    }
}
