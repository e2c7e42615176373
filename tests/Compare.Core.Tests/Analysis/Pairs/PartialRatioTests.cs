using Compare.Core.Analysis.Pairs;
using CsCheck;
using FuzzySharp;

namespace Compare.Core.Tests.Analysis.Pairs;

public sealed class PartialRatioTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("", "the council")]
    [InlineData("a", "banana")]
    [InlineData("council", "the city council voted")]
    [InlineData("the plan spends about $1.4 billion.", "all told, the adopted plan spends $1.418 billion across the general fund and the city's special funds.")]
    [InlineData("the vote was 7-2.", "the final tally was 6-3, with councilmembers hal pruett, celeste ybarra and gordon calloway voting no.")]
    [InlineData("fourteen sailors were winched to safety", "the coast guard rescued fourteen crew members from the burning cargo ship")]
    public void Of_Sentences_IsFuzzySharpsPartialRatio(string a, string b)
    {
        Assert.Equal(Fuzz.PartialRatio(a, b), PartialRatio.Of(a, b));
        Assert.Equal(Fuzz.PartialRatio(b, a), PartialRatio.Of(b, a));
    }

    [Fact]
    public void Of_RandomTexts_IsFuzzySharpsPartialRatio()
    {
        // Few letters make many matching blocks; lengths up to 300 cross the 64-character words of the bit rows.
        var text = Gen.OneOf(Gen.String[Gen.Char["ab c"], 0, 300], Gen.String[Gen.Char["abcdefghij ,.$0123"], 0, 300], Gen.String[Gen.Char.AlphaNumeric, 0, 140]);
        Gen.Select(text, text).Sample(p => Assert.Equal(Fuzz.PartialRatio(p.Item1, p.Item2), PartialRatio.Of(p.Item1, p.Item2)), iter: 3000);
    }

    [Fact]
    public void Of_ATextAndAWindowOfIt_Is100()
    {
        const string Long = "The council approved the fiscal 2027 budget on Wednesday, June 10, after a season that began in April.";

        Assert.Equal(100, PartialRatio.Of("fiscal 2027 budget", Long));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("", "abc")]
    [InlineData("abc", "abc")]
    [InlineData("council", "the city council voted")]
    [InlineData("the vote was 7-2.", "the final tally was 6-3, with councilmembers hal pruett, celeste ybarra and gordon calloway voting no.")]
    public void MatchingBlocks_Sentences_AreFuzzySharps(string a, string b)
    {
        Assert.Equal(Library(a, b), MatchingBlocks.Of(a, b));
        Assert.Equal(Library(b, a), MatchingBlocks.Of(b, a));
    }

    [Fact]
    public void MatchingBlocks_RandomTexts_AreFuzzySharps()
    {
        // Few letters make many ties in the edit table, where the path read back must take the library's turns.
        var text = Gen.OneOf(Gen.String[Gen.Char["ab"], 0, 40], Gen.String[Gen.Char["ab c"], 0, 300], Gen.String[Gen.Char["abcdefghij ,.$0123"], 0, 300]);
        Gen.Select(text, text).Sample(p => Assert.Equal(Library(p.Item1, p.Item2), MatchingBlocks.Of(p.Item1, p.Item2)), iter: 3000);
    }

    private static List<(int, int, int)> Library(string a, string b) =>
        [.. Levenshtein.GetMatchingBlocks(a, b).Select(m => (m.SourcePos, m.DestPos, m.Length))];
}
