namespace Compare.Core.Analysis.Text;

/// <summary>One token of a sentence; <see cref="Start"/> is relative to the sentence.</summary>
internal readonly record struct Token(string Text, int Start, TokenKind Kind)
{
    /// <summary>Stands for "no token" before the first or after the last one: empty, and neither word, number nor punctuation.</summary>
    public static Token None { get; } = new(string.Empty, 0, TokenKind.None);

    public int End => Start + (Text?.Length ?? 0);

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsNumber => Kind == TokenKind.Number;

    /// <summary>A word that begins with an upper-case letter.</summary>
    public bool IsCapitalized => Kind == TokenKind.Word && Text is { Length: > 0 } && char.IsUpper(Text[0]);

    /// <summary>A word written in lower case (its first character).</summary>
    public bool IsLower => Kind == TokenKind.Word && Text is { Length: > 0 } && char.IsLower(Text[0]);

    /// <summary>Case-insensitive comparison with <paramref name="text"/>.</summary>
    public bool Is(string text) => string.Equals(Text, text, StringComparison.OrdinalIgnoreCase);

    public bool IsPunct(char c) => Kind is TokenKind.Punct or TokenKind.Symbol && Text is { Length: 1 } && Text[0] == c;
}
