namespace Compare.Core.Analysis.Text;

/// <summary>The decisions of <see cref="SentenceSegmenter"/>: does this line break, period or bullet end a sentence.</summary>
internal static class BoundaryRules
{
    private const int LookBehind = 32;

    public static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…';

    public static bool IsCloser(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']' or '»' or '›';

    public static bool IsOpener(char c) => c is '"' or '“' or '‘' or '\'' or '(' or '[' or '«' or '‹';

    public static bool IsBullet(char c) => c is '•' or '·' or '▪' or '●' or '◦' or '►' or '‣' or '■' or '□' or '➤';

    /// <summary>End of a run of terminal marks ("...", "?!") and the closing quotes or brackets after it.</summary>
    public static int TerminalRunEnd(string text, int i)
    {
        var j = i;
        while (j < text.Length && IsTerminal(text[j]))
        {
            j++;
        }

        while (j < text.Length && IsCloser(text[j]))
        {
            j++;
        }

        return j;
    }

    /// <summary>Length of a horizontal rule starting at <paramref name="i"/> ("---", "___", "***", "==="), 0 when none.</summary>
    public static int RuleLength(string text, int i)
    {
        var c = text[i];
        if (c is not ('-' or '—' or '_' or '*' or '=' or '–'))
        {
            return 0;
        }

        var j = i;
        while (j < text.Length && text[j] == c)
        {
            j++;
        }

        var length = j - i;
        return c == '—' && length >= 2 ? Math.Max(length, 3) : length;
    }

    /// <summary>
    /// A line break ends a sentence unless the text looks hard-wrapped: the line does not end in terminal punctuation and the
    /// next line goes on in lower case. A blank line (paragraph break) always ends it.
    /// </summary>
    public static bool LineBreakEndsSentence(string text, int start, int i)
    {
        var p = i - 1;
        while (p >= start && text[p] is ' ' or '\t' or '\r')
        {
            p--;
        }

        if (p < start)
        {
            return true;
        }

        var q = i + 1;
        while (q < text.Length && text[q] is ' ' or '\t' or '\r')
        {
            q++;
        }

        if (q >= text.Length || text[q] == '\n')
        {
            return true;
        }

        var prev = text[p];
        return !(char.IsLower(text[q]) && !IsTerminal(prev) && !IsCloser(prev) && prev is not (':' or ';'));
    }

    /// <summary>Does the run of terminal marks at <paramref name="i"/>..<paramref name="end"/> end a sentence?</summary>
    public static bool EndsSentence(string text, int i, int end)
    {
        var n = text.Length;
        if (end >= n)
        {
            return true;
        }

        var mark = text[i];
        var ellipsis = mark == '…' || (end - i >= 2 && text[i + 1] == '.');
        var next = text[end];
        if (!char.IsWhiteSpace(next))
        {
            return RunTogether(text, i, end, mark);
        }

        var k = end;
        while (k < n && text[k] is ' ' or '\t' or '\r' or '\u00A0')
        {
            k++;
        }

        if (k >= n || text[k] == '\n')
        {
            return true;
        }

        var f = text[k];
        if (char.IsLower(f) || f is ',' or ';' or ':' or ')' or '%')
        {
            return false;
        }

        if (mark is '!' or '?')
        {
            return !(IsCloser(text[end - 1]) && SpeechTagFollows(text, k));
        }

        if (ellipsis)
        {
            return char.IsUpper(f) || IsOpener(f) || f == '“';
        }

        var word = WordBefore(text, i);
        if (IsListNumber(text, i, word))
        {
            return false;
        }

        if (char.IsDigit(f))
        {
            return !Abbreviations.IsBeforeNumber(word) && !Abbreviations.IsTitle(word) && !Abbreviations.IsNeverFinal(word);
        }

        return !IsNonFinal(word, NextWord(text, k));
    }

    /// <summary>A terminal mark with no space after it: "interests.The PIJ" ends a sentence, "1.5" and "U.S.-led" do not.</summary>
    private static bool RunTogether(string text, int i, int end, char mark)
    {
        var n = text.Length;
        var next = text[end];
        if (next is '-' or '–' or '—' or '•' && end + 1 < n && char.IsWhiteSpace(text[end + 1]) && mark != '…')
        {
            // "...on our site.- Lyn May": the next list item follows directly.
            return true;
        }

        if (!char.IsUpper(next) || end + 1 >= n || !char.IsLower(text[end + 1]))
        {
            return false;
        }

        if (mark is '!' or '?')
        {
            return true;
        }

        var word = WordBefore(text, i);
        return word.Length > 0 && !word.Contains('.', StringComparison.Ordinal) && !Abbreviations.IsTitle(word)
            && !Abbreviations.IsAmbiguous(word) && !Abbreviations.IsNeverFinal(word) && !Abbreviations.IsInitial(word);
    }

    private static readonly string[] SpeechVerbs = ["said", "says", "asked", "asks", "told", "added", "wrote", "replied", "recalled", "shouted"];

    /// <summary>
    /// After a quoted question or exclamation, '"Again?" Renner said.' goes on: one to three capitalised words (or a pronoun)
    /// and a speech verb, or the verb first ('"Why?" asked Mr. Lee.').
    /// </summary>
    private static bool SpeechTagFollows(string text, int k)
    {
        var words = 0;
        while (k < text.Length && words < 4)
        {
            var e = k;
            while (e < text.Length && e - k < LookBehind && (char.IsLetter(text[e]) || text[e] == '.'))
            {
                e++;
            }

            if (e == k)
            {
                return false;
            }

            var word = text[k..e].TrimEnd('.');
            if (word.Length == 0)
            {
                return false;
            }

            if (SpeechVerbs.Contains(word, StringComparer.Ordinal))
            {
                return true;
            }

            if (!char.IsUpper(word[0]) && word is not ("he" or "she" or "they" or "officials" or "police"))
            {
                return false;
            }

            words++;
            k = e;
            while (k < text.Length && text[k] == ' ')
            {
                k++;
            }
        }

        return false;
    }

    /// <summary>"1. First step": a number of up to three digits opening a line, then a period, is a list marker.</summary>
    private static bool IsListNumber(string text, int i, string word)
    {
        if (word.Length is 0 or > 3 || !word.All(char.IsDigit))
        {
            return false;
        }

        var b = i - word.Length - 1;
        while (b >= 0 && text[b] is ' ' or '\t')
        {
            b--;
        }

        return b < 0 || text[b] == '\n';
    }

    /// <summary>Is a period after <paramref name="word"/>, followed by <paramref name="next"/>, not the end of a sentence?</summary>
    private static bool IsNonFinal(string word, string next)
    {
        if (word.Length == 0)
        {
            return false;
        }

        if (Abbreviations.IsTitle(word) || Abbreviations.IsNeverFinal(word) || Abbreviations.IsInitial(word))
        {
            return true;
        }

        return Abbreviations.IsAmbiguous(word) && !Abbreviations.IsStarter(next);
    }

    /// <summary>The word just before position <paramref name="i"/>, dots of acronyms included ("U.S", "p.m", "Dr").</summary>
    private static string WordBefore(string text, int i)
    {
        var b = i;
        while (b > 0 && i - b < LookBehind && (char.IsLetterOrDigit(text[b - 1]) || text[b - 1] == '.' || text[b - 1] == '\''))
        {
            b--;
        }

        return text[b..i].TrimStart('.');
    }

    private static string NextWord(string text, int k)
    {
        while (k < text.Length && IsOpener(text[k]))
        {
            k++;
        }

        var e = k;
        while (e < text.Length && e - k < LookBehind && char.IsLetter(text[e]))
        {
            e++;
        }

        return text[k..e];
    }

    /// <summary>
    /// Length of a list marker at the start of a sentence ("- ", "• ", "* ", "1. " at a line start), including the
    /// whitespace after it; 0 when there is none.
    /// </summary>
    public static int ListMarkerLength(string text, int start, int end)
    {
        if (start >= end)
        {
            return 0;
        }

        var c = text[start];
        if ((IsBullet(c) || c is '-' or '*' or '–' or '—' or '>') && start + 1 < end && char.IsWhiteSpace(text[start + 1]))
        {
            return 2;
        }

        var atLineStart = start == 0 || text[start - 1] == '\n';
        if (!atLineStart)
        {
            return 0;
        }

        var j = start;
        while (j < end && j - start < 3 && char.IsDigit(text[j]))
        {
            j++;
        }

        return j > start && j + 1 < end && text[j] is '.' or ')' && char.IsWhiteSpace(text[j + 1]) ? j - start + 2 : 0;
    }
}
