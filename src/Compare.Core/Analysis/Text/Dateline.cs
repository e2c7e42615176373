namespace Compare.Core.Analysis.Text;

/// <summary>
/// A wire story's dateline at the start of a sentence: "HALBECK, March 3 (Eastgate Wire) - ", "WASHINGTON — ". A word of
/// at least two letters, all in capitals, opens it; the first dash (an em or en dash, or a hyphen between spaces) within
/// <see cref="MaxLength"/> characters ends it. What it holds dates and places the story, not the fact. An alert or topic
/// label in capitals before it, or before the sentence, ends with a colon and is taken with it: "BREAKING: ",
/// "MARRAVIA RATES: ". Hand-written: a matter of a few characters.
/// </summary>
internal static class Dateline
{
    /// <summary>Characters before the dash that ends a dateline, at most.</summary>
    public const int MaxLength = 60;

    /// <summary>Characters the dateline takes at the start of <paramref name="sentence"/>, with its dash and the spaces after it; 0 without one.</summary>
    public static int Length(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var label = LabelLength(sentence);
        return label + WireLength(sentence[label..]);
    }

    /// <summary>Words of a label before its colon, at most: "BREAKING", "JUST IN", "MARRAVIA RATES".</summary>
    private const int MaxLabelWords = 3;

    /// <summary>
    /// Characters an alert or topic label takes at the start of <paramref name="sentence"/> with its colon and the spaces
    /// after it: one to <see cref="MaxLabelWords"/> words, each of at least two letters, all in capitals, then ": ".
    /// </summary>
    private static int LabelLength(string sentence)
    {
        var colon = sentence.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0)
        {
            return 0;
        }

        var words = sentence[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxLabelWords
            || !words.All(w => w.Count(char.IsLetter) >= 2 && w.All(ch => char.IsUpper(ch) || ch is '-' or '&' or '\'' or '’')))
        {
            return 0;
        }

        return PastSpaces(sentence, colon + 1);
    }

    private static int WireLength(string sentence)
    {
        var dash = sentence.IndexOfAny(['—', '–']);
        var hyphen = sentence.IndexOf(" - ", StringComparison.Ordinal);
        var at = dash >= 0 && (hyphen < 0 || dash < hyphen) ? dash : hyphen;
        if (at <= 0 || at > MaxLength)
        {
            return 0;
        }

        var words = sentence[..at].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words[0].Count(char.IsLetter) < 2 || !words[0].Where(char.IsLetter).All(char.IsUpper))
        {
            return 0;
        }

        return PastSpaces(sentence, at + (sentence[at] == ' ' ? 2 : 1));
    }

    /// <summary>The first position from <paramref name="from"/> on that is not white space.</summary>
    private static int PastSpaces(string sentence, int from)
    {
        var end = from;
        while (end < sentence.Length && char.IsWhiteSpace(sentence[end]))
        {
            end++;
        }

        return end;
    }
}
