using System.Globalization;
using Compare.Core.Analysis.Text;

namespace Compare.Core.Analysis.Slots.Quantities;

/// <summary>
/// "one in five jobs", "about 1 in 4 residents", "three out of four voters", "one resident in seven", "one in every ten": a
/// share written as a count of a count, read as the proportion (0.2, 0.25, 0.75) so that it compares with "20 percent" and
/// "a fifth".
/// </summary>
internal static class Proportions
{
    public static QuantityDraft? TryRead(IReadOnlyList<Token> tokens, int i)
    {
        if (!TryCount(tokens[i], out var part))
        {
            return null;
        }

        // "one resident in seven": a noun between two small counts, when nothing follows the second ("in seven days" is a
        // time; "104 votes out of 180" a count of votes).
        var noun = part <= 10 && i + 2 < tokens.Count && tokens[i + 1].IsLower && !tokens[i + 1].Is("in")
            && !tokens[i + 1].Is("out") && (tokens[i + 2].Is("in") || tokens[i + 2].Is("out"));
        var at = noun ? i + 2 : i + 1;
        var of = at < tokens.Count && tokens[at].Is("in") ? at + 1
            : at + 1 < tokens.Count && tokens[at].Is("out") && tokens[at + 1].Is("of") ? at + 2
            : -1;

        // "one in every seven", "one person out of every five".
        if (of >= 0 && of < tokens.Count && tokens[of].Is("every"))
        {
            of++;
        }

        if (of < 0 || of >= tokens.Count || !TryCount(tokens[of], out var whole) || whole < 2 || part >= whole || whole > 1000
            || noun && (whole > 100
                || of + 1 < tokens.Count && tokens[of + 1].IsWord && !tokens[of + 1].Is("and") && !tokens[of + 1].Is("but")))
        {
            return null;
        }

        var (qualifier, start) = QualifierWords.ReadBefore(tokens, i);
        return new QuantityDraft
        {
            First = start,
            NumberFirst = i,
            NumberNext = of + 1,
            UnitNext = of + 1,
            Next = of + 1,
            Value = (double)part / whole,
            Qualifier = qualifier,
            Written = true,
            Fraction = true,
        };
    }

    private static bool TryCount(Token t, out int value)
    {
        if (t.IsNumber && t.Text.Length <= 4 && int.TryParse(t.Text, NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            return value > 0;
        }

        return NumberWords.TryCardinal(t.Text.ToLowerInvariant(), out value) && value > 0;
    }
}
