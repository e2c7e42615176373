namespace Compare.Core.Analysis.Text;

/// <summary>One sentence of an article: its text, where it starts in the article, and its tokens.</summary>
internal sealed class SentenceText
{
    public SentenceText(string text, int offset)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Offset = offset;
        Tokens = Tokenizer.Tokenize(text);
    }

    public string Text { get; }

    /// <summary>Offset of the sentence's first character in the article text.</summary>
    public int Offset { get; }

    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>
    /// The sentence text between two token indexes (<paramref name="first"/> inclusive, <paramref name="next"/> exclusive).
    /// </summary>
    public string Between(int first, int next) => Text[Tokens[first].Start..Tokens[next - 1].End];
}
