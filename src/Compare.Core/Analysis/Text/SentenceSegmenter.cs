namespace Compare.Core.Analysis.Text;

/// <summary>
/// Splits article text into sentences with character offsets. Hand-written: the rules news text needs (abbreviations,
/// money and decimals, quotes, bullet lists, one block per line, run-together scraped text such as "interests.The PIJ")
/// are not what a general tokenizer library offers offline, and offsets into the original text must be exact.
/// One pass over the text with bounded look-around, so time is linear in the text length.
/// </summary>
internal static class SentenceSegmenter
{
    /// <summary>Longer stretches without a boundary (scraped junk, binary) are cut at whitespace near this length.</summary>
    public const int MaxSentenceLength = 2000;

    public static IReadOnlyList<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<TextSpan>();
        var n = text.Length;
        var start = 0;
        var i = 0;
        while (i < n)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (BoundaryRules.LineBreakEndsSentence(text, start, i))
                {
                    Emit(text, start, i, spans);
                    start = i + 1;
                }

                i++;
            }
            else if (BoundaryRules.IsTerminal(c))
            {
                var end = BoundaryRules.TerminalRunEnd(text, i);
                if (BoundaryRules.EndsSentence(text, i, end))
                {
                    Emit(text, start, end, spans);
                    start = end;
                }

                i = end;
            }
            else if (c == ']' && i + 1 < n && char.IsUpper(text[i + 1]))
            {
                // "[Back to Top]Financial ...": a bracketed label run together with the next heading.
                Emit(text, start, i + 1, spans);
                start = i + 1;
                i++;
            }
            else if (BoundaryRules.RuleLength(text, i) is var rule and >= 3)
            {
                // A horizontal rule ("---", "___", "***") separates whatever surrounds it.
                Emit(text, start, i, spans);
                i += rule;
                start = i;
            }
            else if (BoundaryRules.IsBullet(c) && (i == 0 || char.IsWhiteSpace(text[i - 1])) && i + 1 < n && char.IsWhiteSpace(text[i + 1]))
            {
                // An inline bullet ("item one • item two") starts a new item; Emit strips the marker.
                Emit(text, start, i, spans);
                start = i;
                i++;
            }
            else
            {
                i++;
            }
        }

        Emit(text, start, n, spans);
        return spans;
    }

    private static void Emit(string text, int start, int end, List<TextSpan> spans)
    {
        while (true)
        {
            (start, end) = Trim(text, start, end);
            var marker = BoundaryRules.ListMarkerLength(text, start, end);
            if (marker == 0)
            {
                break;
            }

            start += marker;
        }

        while (end - start > MaxSentenceLength)
        {
            var cut = CutPoint(text, start);
            AddIfText(text, start, cut, spans);
            (start, end) = Trim(text, cut, end);
        }

        AddIfText(text, start, end, spans);
    }

    private static int CutPoint(string text, int start)
    {
        var limit = start + MaxSentenceLength;
        for (var k = limit; k > start + MaxSentenceLength / 2; k--)
        {
            if (char.IsWhiteSpace(text[k - 1]))
            {
                return k;
            }
        }

        return limit;
    }

    private static void AddIfText(string text, int start, int end, List<TextSpan> spans)
    {
        (start, end) = Trim(text, start, end);
        for (var k = start; k < end; k++)
        {
            if (char.IsLetterOrDigit(text[k]))
            {
                spans.Add(new TextSpan(start, end - start));
                return;
            }
        }
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || char.IsControl(text[start])))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || char.IsControl(text[end - 1])))
        {
            end--;
        }

        return (start, end);
    }
}
