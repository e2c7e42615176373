namespace Compare.Core.Analysis.Text;

/// <summary>
/// Splits a sentence into words, numbers, symbols and punctuation with their offsets. Hand-written because the slot
/// parsers need exact offsets and a few news-specific rules: "U.S." and "a.m." stay one word, the possessive "'s" is its own
/// token, "1.2bn" is a number followed by an adjacent word, hyphens are separate tokens so "twenty-four" and "6-3" can be
/// recombined by adjacency. Runs in one pass.
/// </summary>
internal static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5 + 4);
        var n = text.Length;
        var i = 0;
        while (i < n)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }

            int end;
            TokenKind kind;
            if (char.IsLetter(c))
            {
                end = DottedEnd(text, i) ?? WordEnd(text, i);
                kind = TokenKind.Word;
            }
            else if (char.IsDigit(c))
            {
                end = NumberEnd(text, i);
                kind = TokenKind.Number;
            }
            else if (IsApostrophe(c) && i + 1 < n && text[i + 1] is 's' or 'S' && (i + 2 >= n || !char.IsLetter(text[i + 2]))
                && i > 0 && char.IsLetter(text[i - 1]))
            {
                end = i + 2;
                kind = TokenKind.Word;
            }
            else
            {
                end = i + 1;
                kind = IsSymbol(c) ? TokenKind.Symbol : TokenKind.Punct;
            }

            tokens.Add(new Token(text[i..end], i, kind));
            i = end;
        }

        return tokens;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ';

    private static bool IsSymbol(char c) => c is '$' or '€' or '£' or '¥' or '₹' or '₽' or '₪' or '₩' or '%' or '~' or '≈' or '+' or '#';

    /// <summary>"U.S.", "a.m.", "e.g.": single letters each followed by a dot.</summary>
    private static int? DottedEnd(string text, int i)
    {
        var n = text.Length;
        if (i + 2 >= n || text[i + 1] != '.' || !char.IsLetter(text[i + 2]) || (i + 3 < n && char.IsLetter(text[i + 3])))
        {
            return null;
        }

        var j = i;
        while (j + 1 < n && char.IsLetter(text[j]) && text[j + 1] == '.')
        {
            j += 2;
        }

        return j;
    }

    private static int WordEnd(string text, int i)
    {
        var n = text.Length;
        var j = i + 1;
        while (j < n)
        {
            var c = text[j];
            if (char.IsLetterOrDigit(c) || c == '\u00AD')
            {
                j++;
                continue;
            }

            // Keep contractions whole ("didn't", "we'll") but leave the possessive "'s" to its own token.
            if (IsApostrophe(c) && j + 1 < n && char.IsLetter(text[j + 1]))
            {
                var possessive = text[j + 1] is 's' or 'S' && (j + 2 >= n || !char.IsLetter(text[j + 2]));
                if (!possessive)
                {
                    j += 2;
                    continue;
                }
            }

            break;
        }

        return j;
    }

    private static int NumberEnd(string text, int i)
    {
        var n = text.Length;
        var j = i;
        while (j < n && char.IsDigit(text[j]))
        {
            j++;
        }

        // Thousands groups: ",ddd" not followed by another digit.
        while (j + 3 < n && text[j] == ',' && IsDigits(text, j + 1, 3) && (j + 4 >= n || !char.IsDigit(text[j + 4])))
        {
            j += 4;
        }

        if (j + 1 < n && text[j] == '.' && char.IsDigit(text[j + 1]))
        {
            j++;
            while (j < n && char.IsDigit(text[j]))
            {
                j++;
            }
        }

        return j;
    }

    private static bool IsDigits(string text, int start, int count)
    {
        if (start + count > text.Length)
        {
            return false;
        }

        for (var k = start; k < start + count; k++)
        {
            if (!char.IsDigit(text[k]))
            {
                return false;
            }
        }

        return true;
    }
}
