using Compare.Core.Analysis.Pairs;
using CsCheck;
using FuzzySharp;

namespace Compare.Core.Tests.Analysis.Pairs;

public sealed class TokenRatiosTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("", "the council")]
    [InlineData(" the council ", "council the")]
    [InlineData("the council voted", "the city council voted")]
    [InlineData("the plan spends about $1.4 billion.", "all told, the adopted plan spends $1.418 billion across the general fund and the city's special funds.")]
    [InlineData("the vote was 7-2.", "the final tally was 6-3, with councilmembers hal pruett, celeste ybarra and gordon calloway voting no.")]
    [InlineData("fourteen sailors were winched to safety", "the coast guard rescued fourteen crew members from the burning cargo ship")]
    [InlineData("Élan Vital und Öl", "öl und élan vital")]
    public void SortAndSet_Sentences_AreFuzzySharpsRatios(string a, string b)
    {
        var (wa, wb) = (new TokenRatios.Words(a), new TokenRatios.Words(b));

        Assert.Equal(Fuzz.TokenSortRatio(a, b), TokenRatios.Sort(wa, wb));
        Assert.Equal(Fuzz.TokenSortRatio(b, a), TokenRatios.Sort(wb, wa));
        Assert.Equal(Fuzz.TokenSetRatio(a, b), TokenRatios.Set(wa, wb));
        Assert.Equal(Fuzz.TokenSetRatio(b, a), TokenRatios.Set(wb, wa));
    }

    [Fact]
    public void SortAndSet_RandomTexts_AreFuzzySharpsRatios()
    {
        // Few letters make many repeated and shared words; spaces at either end make empty pieces; lengths up to 300 cross
        // the 64-character words of the bit rows; capitals and accents exercise the culture's sort order.
        var text = Gen.OneOf(
            Gen.String[Gen.Char["ab c"], 0, 300],
            Gen.String[Gen.Char["abcdefghij ,.$0123\t"], 0, 300],
            Gen.String[Gen.Char["aAbBéÉ -'"], 0, 80],
            Gen.String[Gen.Char.AlphaNumeric, 0, 140]);
        Gen.Select(text, text).Sample(p =>
        {
            var (wa, wb) = (new TokenRatios.Words(p.Item1), new TokenRatios.Words(p.Item2));
            Assert.Equal(Fuzz.TokenSortRatio(p.Item1, p.Item2), TokenRatios.Sort(wa, wb));
            Assert.Equal(Fuzz.TokenSetRatio(p.Item1, p.Item2), TokenRatios.Set(wa, wb));
        }, iter: 3000);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("", "a")]
    [InlineData("a", "a")]
    [InlineData("council", "counsel")]
    public void Ratio_ShortTexts_IsFuzzySharpsRatio(string a, string b) => Assert.Equal(Fuzz.Ratio(a, b), CommonSubsequence.Ratio(a, b));

    [Fact]
    public void Ratio_RandomTexts_IsFuzzySharpsRatio()
    {
        var text = Gen.OneOf(Gen.String[Gen.Char["ab c"], 0, 300], Gen.String[Gen.Char["abcé€ ,.$01"], 0, 200]);
        Gen.Select(text, text).Sample(p => Assert.Equal(Fuzz.Ratio(p.Item1, p.Item2), CommonSubsequence.Ratio(p.Item1, p.Item2)), iter: 3000);
    }

    [Fact]
    public void Set_SameWordsInAnotherOrder_Is100()
    {
        var (a, b) = (new TokenRatios.Words("the council voted on the budget"), new TokenRatios.Words("on the budget the council voted"));

        Assert.Equal(100, TokenRatios.Set(a, b));
        Assert.Equal(100, TokenRatios.Sort(a, b));
    }
}
