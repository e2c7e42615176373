using Compare.Core.Analysis.Text;

namespace Compare.Core.Tests.Analysis.Text;

public sealed class QuotesTests
{
    private static string Inside(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var inside = Quotes.Inside(tokens);
        return string.Join(" ", tokens.Where((_, i) => inside[i] && tokens[i].IsWord).Select(t => t.Text));
    }

    [Theory]
    [InlineData("\"We are not done,\" she said.", "We are not done")]
    [InlineData("“We are not done,” she said.", "We are not done")]
    [InlineData("She said we should \"wait and see\" first.", "wait and see")]
    [InlineData("The chain of command is,\" said Anouk Verhaegen.", "The chain of command is")]
    [InlineData("He said: \"Our hearts are with them", "Our hearts are with them")]
    [InlineData("No quotes here at all.", "")]
    public void Inside_Sentence_MarksQuotedWords(string text, string expected)
    {
        Assert.Equal(expected, Inside(text));
    }
}
