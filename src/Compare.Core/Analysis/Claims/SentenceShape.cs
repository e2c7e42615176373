using Compare.Core.Analysis.Text;

namespace Compare.Core.Analysis.Claims;

/// <summary>Surface facts about a sentence the scorer uses: words, end mark, title case, quotes, person, imperative mood.</summary>
internal static class SentenceShape
{
    private static readonly HashSet<string> FirstPerson = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "i'm", "i've", "i'd", "i'll", "we're", "we've",
        "we'd", "we'll", "let's",
    };

    private static readonly HashSet<string> SecondPerson = new(StringComparer.OrdinalIgnoreCase)
    {
        "you", "your", "yours", "yourself", "yourselves", "you're", "you've", "you'd", "you'll",
    };

    private static readonly HashSet<string> Imperatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "explore", "click", "subscribe", "sign", "read", "follow", "join", "download", "watch", "learn", "discover", "find",
        "check", "contact", "visit", "tell", "let", "don't", "do", "see", "try", "register", "log", "buy", "shop", "call", "email",
        "send", "listen", "expect", "consider", "imagine", "remember", "note", "keep", "stay", "please", "go", "scroll", "enter",
        "submit", "take", "make", "get", "look", "think", "ask", "help", "support", "donate", "vote", "write", "comment", "like",
        "bookmark", "save", "print",
    };

    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "so", "then", "now", "please", "just", "simply", "also", "instead",
    };

    private static readonly HashSet<string> FrameOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "for", "to", "if", "when", "in", "before", "after", "while", "as", "once", "whether",
    };

    private static readonly HashSet<string> WhWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "what", "why", "how", "who", "where", "when", "which", "whose", "whether",
    };

    public static int Words(IReadOnlyList<Token> tokens) => tokens.Count(t => t.IsWord && t.Text != "'s" || t.IsNumber);

    /// <summary>Does the sentence end as prose does (. ! ? … or a closing quote or bracket after one)?</summary>
    public static bool HasTerminal(string text)
    {
        var s = text.TrimEnd();
        while (s.Length > 0 && BoundaryRules.IsCloser(s[^1]))
        {
            s = s[..^1];
        }

        return s.Length > 0 && BoundaryRules.IsTerminal(s[^1]);
    }

    public static bool IsQuestion(string text)
    {
        var s = text.TrimEnd();
        while (s.Length > 0 && BoundaryRules.IsCloser(s[^1]))
        {
            s = s[..^1];
        }

        return s.EndsWith('?') || s.Contains("? -", StringComparison.Ordinal) || s.Contains("? –", StringComparison.Ordinal);
    }

    /// <summary>
    /// Most longer words capitalised: a heading or a headline ("Captivating Pinay Flix Your Destination For Filipino Films").
    /// </summary>
    public static bool IsTitleCase(IReadOnlyList<Token> tokens)
    {
        var longer = 0;
        var capital = 0;
        foreach (var t in tokens)
        {
            if (t.IsWord && t.Text.Length > 3)
            {
                longer++;
                capital += t.IsCapitalized ? 1 : 0;
            }
        }

        return longer >= 2 && capital >= 0.75 * longer;
    }

    public static bool StartsWithWh(IReadOnlyList<Token> tokens) => FirstWord(tokens) is { } w && WhWords.Contains(w.Text);

    /// <summary>
    /// The verb that opens an imperative clause ("Share your thoughts", "But read the statement", "For more, explore ..."), or null.
    /// </summary>
    public static string? Imperative(IReadOnlyList<Token> tokens)
    {
        var i = FirstWordIndex(tokens, 0);
        while (i >= 0 && i < tokens.Count && Openers.Contains(tokens[i].Text) && !Imperatives.Contains(tokens[i].Text))
        {
            i = FirstWordIndex(tokens, i + 1);
        }

        if (i >= 0 && IsImperativeAt(tokens, i))
        {
            return tokens[i].Text;
        }

        var first = FirstWordIndex(tokens, 0);
        if (first >= 0 && FrameOpeners.Contains(tokens[first].Text))
        {
            for (var k = first + 1; k + 1 < tokens.Count && k < first + 16; k++)
            {
                if (tokens[k].IsPunct(','))
                {
                    return IsImperativeAt(tokens, k + 1) ? tokens[k + 1].Text : null;
                }
            }
        }

        return null;
    }

    private static bool IsImperativeAt(IReadOnlyList<Token> tokens, int i)
    {
        if (i >= tokens.Count || !tokens[i].IsWord || !Imperatives.Contains(tokens[i].Text))
        {
            return false;
        }

        // "Watch: ..." is a label (junk handles it); "Read more" and "See the" are commands; "Do you" is a question.
        var next = i + 1 < tokens.Count ? tokens[i + 1] : Token.None;
        return !(next.IsWord && (next.Is("you") || next.Is("we") || next.Is("they") || next.Is("i")) && tokens[i].Is("do"));
    }

    /// <summary>Words of the first and second person outside quotation marks (what the outlet itself says to its reader).</summary>
    public static (string? First, string? Second) Persons(IReadOnlyList<Token> tokens)
    {
        var quoted = Quotes.Inside(tokens);
        string? first = null, second = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (quoted[i] || !t.IsWord)
            {
                continue;
            }

            if (first is null && FirstPerson.Contains(t.Text) && !(t.Text == "US"))
            {
                first = t.Text;
            }

            if (second is null && SecondPerson.Contains(t.Text))
            {
                second = t.Text;
            }
        }

        return (first, second);
    }

    /// <summary>Share of letters among the non-space characters: low for binary junk, tables and number dumps.</summary>
    public static double LetterShare(string text)
    {
        var letters = 0;
        var visible = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            visible++;
            letters += char.IsLetter(c) ? 1 : 0;
        }

        return visible == 0 ? 0 : (double)letters / visible;
    }

    private static Token? FirstWord(IReadOnlyList<Token> tokens) => FirstWordIndex(tokens, 0) is var i and >= 0 ? tokens[i] : null;

    private static int FirstWordIndex(IReadOnlyList<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count; k++)
        {
            if (tokens[k].IsWord)
            {
                return k;
            }
        }

        return -1;
    }
}
