using System.Globalization;
using Compare.Core.Analysis.Text;

namespace Compare.Core.Analysis.Slots.Quantities;

/// <summary>
/// Reads one number at a token position: digits ("1,200", "5.25", "1.2bn", "$5m"), magnitudes ("1.5 billion"), written
/// cardinals ("twenty-four", "three hundred and five", "a dozen", "two dozen"), fractions ("half", "a third", "two-thirds",
/// "one and a half"). Ordinals ("7th", "third straight month"), decades ("1990s") and times are not numbers here.
/// </summary>
internal static class NumberReader
{
    /// <summary>Units written against the number, left for the unit reader: "50bp", "12km", "5pc".</summary>
    private static readonly HashSet<string> GluedUnits = new(StringComparer.Ordinal)
    {
        "bp", "bps", "pc", "pct", "km", "kg", "lb", "lbs", "mi", "ft", "mph", "kph", "GW", "MW", "kW", "kWh", "MWh", "GWh", "TWh",
    };

    public static bool TryRead(IReadOnlyList<Token> tokens, int i, bool lettersAllowed, out NumberMatch match)
    {
        match = default;
        if (i >= tokens.Count)
        {
            return false;
        }

        var t = tokens[i];
        return t.Kind == TokenKind.Number ? TryDigits(tokens, i, lettersAllowed, out match) : t.IsWord && TryWords(tokens, i, out match);
    }

    private static bool TryDigits(IReadOnlyList<Token> tokens, int i, bool lettersAllowed, out NumberMatch match)
    {
        match = default;
        var t = tokens[i];
        if (!double.TryParse(t.Text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture,
            out var value))
        {
            return false;
        }

        var next = i + 1;
        var hasMagnitude = false;
        var magnitude = 1.0;
        if (next < tokens.Count && tokens[next].Start == t.End && tokens[next].IsWord)
        {
            var suffix = tokens[next].Text;
            var shortLetter = suffix is "m" or "M" or "b" or "B";
            if ((NumberWords.TryLetterMagnitude(suffix, out var letters) || NumberWords.TryMagnitude(suffix, out letters) && letters > 0)
                && (lettersAllowed || !shortLetter))
            {
                value *= letters;
                magnitude = Math.Max(magnitude, letters);
                hasMagnitude = true;
                next++;
            }
            else if (!GluedUnits.Contains(suffix))
            {
                // "7th", "1990s", "10am", "3D", "5G", "100m" without a currency: an ordinal, a decade, a time or a code.
                return false;
            }
        }

        while (next < tokens.Count && tokens[next].IsWord && NumberWords.TryMagnitude(tokens[next].Text, out var m))
        {
            if (m == 0)
            {
                return false;
            }

            value *= m;
            magnitude = Math.Max(magnitude, m);
            hasMagnitude = true;
            next++;
        }

        if (!hasMagnitude && next < tokens.Count && tokens[next].Is("dozen"))
        {
            value *= 12;
            next++;
        }

        var yearLike = !hasMagnitude && t.Text.Length == 4 && !t.Text.Contains(',', StringComparison.Ordinal)
            && value is >= 1800 and <= 2099;
        match = new NumberMatch(value, i, next, hasMagnitude, magnitude, false, false, yearLike);
        return true;
    }

    private static bool TryWords(IReadOnlyList<Token> tokens, int i, out NumberMatch match)
    {
        match = default;
        var word = tokens[i].Text;
        if (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            return TryArticle(tokens, i, out match);
        }

        if (word.Equals("half", StringComparison.OrdinalIgnoreCase))
        {
            return TryHalf(tokens, i, i, 0.5, out match);
        }

        if (word.Equals("dozen", StringComparison.OrdinalIgnoreCase) && i > 0 && tokens[i - 1].Is("a"))
        {
            return false;
        }

        // "a more cautious quarter-point cut": a quarter of a point, with or without its article.
        if (word.Equals("quarter", StringComparison.OrdinalIgnoreCase) && i + 1 < tokens.Count
            && (tokens[i + 1].IsPunct('-') && i + 2 < tokens.Count && tokens[i + 2].Is("point") || tokens[i + 1].Is("point")))
        {
            match = new NumberMatch(0.25, i, i + 1, false, 1, true, true, false);
            return true;
        }

        return TryCardinals(tokens, i, out match);
    }

    /// <summary>"a dozen", "a hundred", "a million", "a third", "a quarter-point", "a half".</summary>
    private static bool TryArticle(IReadOnlyList<Token> tokens, int i, out NumberMatch match)
    {
        match = default;
        if (i + 1 >= tokens.Count || !tokens[i + 1].IsWord)
        {
            return false;
        }

        var w = tokens[i + 1].Text;
        if (w.Equals("dozen", StringComparison.OrdinalIgnoreCase))
        {
            match = new NumberMatch(12, i, i + 2, false, 1, true, false, false);
            return true;
        }

        if (w.Equals("hundred", StringComparison.OrdinalIgnoreCase))
        {
            // "a hundred and seventy-six passengers"
            match = i + 3 < tokens.Count && tokens[i + 2].Is("and") && TryCardinals(tokens, i + 3, out var rest) && rest.Value < 100
                ? new NumberMatch(100 + rest.Value, i, rest.Next, false, 1, true, false, false)
                : new NumberMatch(100, i, i + 2, false, 1, true, false, false);
            return true;
        }

        if (NumberWords.TryMagnitude(w, out var m) && m > 0 && !w.Equals("mn", StringComparison.OrdinalIgnoreCase))
        {
            // "a million and a half people": one and a half of the magnitude.
            match = i + 4 < tokens.Count && tokens[i + 2].Is("and") && tokens[i + 3].Is("a") && tokens[i + 4].Is("half")
                ? new NumberMatch(1.5 * m, i, i + 5, true, m, true, false, false)
                : new NumberMatch(m, i, i + 2, true, m, true, false, false);
            return true;
        }

        if (w.Equals("half", StringComparison.OrdinalIgnoreCase))
        {
            return TryHalf(tokens, i, i + 1, 0.5, out match);
        }

        // "a quarter of a million", "a third of a billion": the fraction of the magnitude.
        if (NumberWords.TryDenominator(w, out var of) && of > 1 && i + 4 < tokens.Count && tokens[i + 2].Is("of")
            && (tokens[i + 3].Is("a") || tokens[i + 3].Is("an")) && tokens[i + 4].IsWord
            && NumberWords.TryMagnitude(tokens[i + 4].Text, out var whole) && whole > 1)
        {
            match = new NumberMatch(whole / of, i, i + 5, true, whole, true, false, false);
            return true;
        }

        if (w.Equals("quarter", StringComparison.OrdinalIgnoreCase) && i + 2 < tokens.Count
            && (tokens[i + 2].IsPunct('-') || tokens[i + 2].Is("point")))
        {
            match = new NumberMatch(0.25, i, i + 2, false, 1, true, true, false);
            return true;
        }

        if (NumberWords.TryDenominator(w, out var d) && d > 2 && FractionContext(tokens, i + 2))
        {
            match = new NumberMatch(1.0 / d, i, i + 2, false, 1, true, true, false);
            return true;
        }

        return false;
    }

    /// <summary>
    /// "half" is a figure when it is followed by "a"/"an"/"of"/"the"/"-point" or a magnitude ("half a mile", "half of",
    /// "half-point", "half a million"), and not when an ordinal precedes it ("the second half of").
    /// </summary>
    private static bool TryHalf(IReadOnlyList<Token> tokens, int first, int halfIndex, double value, out NumberMatch match)
    {
        match = default;
        if (first > 0 && tokens[first - 1].IsWord && IsOrdinalOrSide(tokens[first - 1].Text))
        {
            return false;
        }

        var next = halfIndex + 1;
        if (next >= tokens.Count)
        {
            return false;
        }

        var t = tokens[next];
        if (t.Is("a") || t.Is("an"))
        {
            if (next + 1 < tokens.Count && tokens[next + 1].IsWord && NumberWords.TryMagnitude(tokens[next + 1].Text, out var m) && m > 0)
            {
                match = new NumberMatch(value * m, first, next + 2, true, m, true, true, false);
                return true;
            }

            if (next + 1 < tokens.Count && tokens[next + 1].Is("dozen"))
            {
                match = new NumberMatch(6, first, next + 2, false, 1, true, false, false);
                return true;
            }

            match = new NumberMatch(value, first, next + 1, false, 1, true, true, false);
            return true;
        }

        if (t.Is("of") || t.Is("the") || t.IsPunct('-') || (t.IsWord && (Units.IsMeasureUnit(t.Text) || t.Is("point")
            || t.Is("percentage"))))
        {
            match = new NumberMatch(value, first, next, false, 1, true, true, false);
            return true;
        }

        return false;
    }

    private static bool IsOrdinalOrSide(string word) =>
        word.Equals("first", StringComparison.OrdinalIgnoreCase) || word.Equals("second", StringComparison.OrdinalIgnoreCase)
        || word.Equals("latter", StringComparison.OrdinalIgnoreCase) || word.Equals("other", StringComparison.OrdinalIgnoreCase)
        || word.Equals("back", StringComparison.OrdinalIgnoreCase) || word.Equals("front", StringComparison.OrdinalIgnoreCase)
        || word.Equals("final", StringComparison.OrdinalIgnoreCase) || word.Equals("last", StringComparison.OrdinalIgnoreCase)
        || word.Equals("opening", StringComparison.OrdinalIgnoreCase) || word.Equals("better", StringComparison.OrdinalIgnoreCase);

    /// <summary>After "a third" / "two-thirds": a fraction is followed by "of", punctuation, the end, or a point/percent word.</summary>
    private static bool FractionContext(IReadOnlyList<Token> tokens, int next)
    {
        if (next >= tokens.Count)
        {
            return true;
        }

        var t = tokens[next];
        return !t.IsWord || t.Is("of") || t.Is("point") || t.Is("percentage") || t.Is("more") || t.Is("less") || t.Is("fewer")
            || t.Is("and") || t.Is("or") || t.Is("in") || t.Is("since") || t.Is("from") || t.Is("to") || t.Is("between")
            || t.Is("over") || t.Is("last") || t.Is("this");
    }

    /// <summary>A digit written as a word: "zero" to "nine".</summary>
    private static bool DigitWord(Token t, out int digit)
    {
        digit = 0;
        return t.IsWord && NumberWords.TryCardinal(t.Text, out digit) && digit is >= 0 and <= 9;
    }

    /// <summary>"three", "twenty-four", "three hundred and five thousand", "two dozen", "two-thirds", "one and a half".</summary>
    private static bool TryCardinals(IReadOnlyList<Token> tokens, int i, out NumberMatch match)
    {
        match = default;
        if (!NumberWords.TryCardinal(tokens[i].Text, out _) && !tokens[i].Is("hundred"))
        {
            return false;
        }

        if (tokens[i].Is("hundred"))
        {
            return false;
        }

        double total = 0, current = 0;
        var next = i;
        var hasMagnitude = false;
        var magnitude = 1.0;
        var any = false;
        var decimals = false;
        while (next < tokens.Count)
        {
            var t = tokens[next];
            if (t.IsWord && NumberWords.TryCardinal(t.Text, out var v))
            {
                current += v;
                any = true;
                next++;

                // "twenty-four": tens, a hyphen, a unit, all adjacent.
                if (NumberWords.IsTens(t.Text) && next + 1 < tokens.Count && tokens[next].IsPunct('-') && tokens[next].Start == t.End
                    && tokens[next + 1].IsWord && NumberWords.IsSmall(tokens[next + 1].Text) && tokens[next + 1].Start == tokens[next].End)
                {
                    NumberWords.TryCardinal(tokens[next + 1].Text, out var unit);
                    current += unit;
                    next += 2;
                }

                continue;
            }

            if (any && t.Is("hundred"))
            {
                current = Math.Max(current, 1) * 100;
                next++;
                continue;
            }

            if (any && t.IsWord && NumberWords.TryMagnitude(t.Text, out var m))
            {
                if (m == 0)
                {
                    return false;
                }

                total += current * m;
                current = 0;
                magnitude = Math.Max(magnitude, m);
                hasMagnitude = true;
                next++;
                continue;
            }

            // "two point eight per cent", "one point two five million": decimals read out digit by digit, as on the radio.
            if (any && !decimals && t.Is("point") && next + 1 < tokens.Count && DigitWord(tokens[next + 1], out _))
            {
                var scale = 0.1;
                next++;
                while (next < tokens.Count && DigitWord(tokens[next], out var digit))
                {
                    current += digit * scale;
                    scale /= 10;
                    next++;
                }

                decimals = true;
                continue;
            }

            if (any && t.Is("and") && next + 1 < tokens.Count && tokens[next + 1].IsWord && NumberWords.TryCardinal(tokens[next + 1].Text,
                out _)
                && next > 0 && (tokens[next - 1].Is("hundred") || NumberWords.TryMagnitude(tokens[next - 1].Text, out _)))
            {
                next++;
                continue;
            }

            break;
        }

        var value = total + current;
        if (!any)
        {
            return false;
        }

        // "two dozen"
        if (next < tokens.Count && tokens[next].Is("dozen"))
        {
            match = new NumberMatch(value * 12, i, next + 1, false, 1, true, false, false);
            return true;
        }

        // "two-thirds", "three quarters", "one-fifth"
        var fracIndex = next < tokens.Count && tokens[next].IsPunct('-') ? next + 1 : next;
        if (!hasMagnitude && fracIndex < tokens.Count && tokens[fracIndex].IsWord && NumberWords.TryDenominator(tokens[fracIndex].Text,
            out var d)
            && (value > 1 ? tokens[fracIndex].Text.EndsWith('s') : !tokens[fracIndex].Text.EndsWith('s')) && value < d)
        {
            match = new NumberMatch(value / d, i, fracIndex + 1, false, 1, true, true, false);
            return true;
        }

        // "one and a half"
        if (next + 2 < tokens.Count && tokens[next].Is("and") && tokens[next + 1].Is("a") && tokens[next + 2].Is("half"))
        {
            value += 0.5;
            next += 3;
            if (next < tokens.Count && tokens[next].IsWord && NumberWords.TryMagnitude(tokens[next].Text, out var m2) && m2 > 0)
            {
                value *= m2;
                magnitude = m2;
                hasMagnitude = true;
                next++;
            }
        }

        match = new NumberMatch(value, i, next, hasMagnitude, magnitude, true, false, false);
        return true;
    }
}
