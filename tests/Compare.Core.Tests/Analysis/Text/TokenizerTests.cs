using Compare.Core.Analysis.Text;

namespace Compare.Core.Tests.Analysis.Text;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("U.S.-backed forces", "U.S.|-|backed|forces")]
    [InlineData("Iran's envoy", "Iran|'s|envoy")]
    [InlineData("Iran’s envoy", "Iran|’s|envoy")]
    [InlineData("Hamas’ bureau", "Hamas|’|bureau")]
    [InlineData("Iran didn't act", "Iran|didn't|act")]
    [InlineData("$1.5bn in aid", "$|1.5|bn|in|aid")]
    [InlineData("1,200 people", "1,200|people")]
    [InlineData("1,2,3", "1|,|2|,|3")]
    [InlineData("at 11:48 p.m. Wednesday", "at|11|:|48|p.m.|Wednesday")]
    [InlineData("twenty-four", "twenty|-|four")]
    [InlineData("5.25% rise", "5.25|%|rise")]
    [InlineData("the G7 met", "the|G7|met")]
    [InlineData("e.g. this", "e.g.|this")]
    [InlineData("interests.The", "interests|.|The")]
    public void Tokenize_Text_GivesTheseTokens(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Tokenizer.Tokenize(text).Select(t => t.Text));
    }

    [Fact]
    public void Tokenize_Tokens_KnowTheirKindAndOffset()
    {
        var tokens = Tokenizer.Tokenize("About $154 million.");
        Assert.Equal([TokenKind.Word, TokenKind.Symbol, TokenKind.Number, TokenKind.Word, TokenKind.Punct], tokens.Select(t => t.Kind));
        Assert.Equal([0, 6, 7, 11, 18], tokens.Select(t => t.Start));
    }

    [Fact]
    public void Tokenize_ControlCharacters_AreSkipped()
    {
        Assert.Equal(["a", "b"], Tokenizer.Tokenize("a\0\u0001b").Select(t => t.Text));
    }
}
