namespace Compare.Crawling.Extraction;

/// <summary>One block of the extracted article: its visible text, its kind, and how much of it is link text.</summary>
/// <param name="Text">Collapsed visible text.</param>
/// <param name="Kind">Element kind.</param>
/// <param name="LinkChars">Non-space characters of the text that sit inside links.</param>
internal sealed record TextBlock(string Text, BlockKind Kind, int LinkChars)
{
    /// <summary>Share of the block's non-space characters that are link text (0 to 1).</summary>
    public double LinkDensity => Math.Min(1.0, (double)LinkChars / Math.Max(1, Text.Count(c => !char.IsWhiteSpace(c))));

    public int Words { get; } = CountWords(Text);

    private static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }
}
