using System.Globalization;
using Compare.Core.Analysis.Text;

namespace Compare.Core.Analysis.Slots.Quantities;

/// <summary>
/// "one in five jobs", "about 1 in 4 residents", "three out of four voters": a share written as a count of a count, read as
/// the proportion (0.2, 0.25, 0.75) so that it compares with "20 percent" and "a fifth".
/// </summary>
internal static class Proportions
{
    public static QuantityDraft? TryRead(IReadOnlyList<Token> tokens, int i)
    {
        if (!TryCount(tokens[i], out var part))
        {
            return null;
        }

        var of = i + 1 < tokens.Count && tokens[i + 1].Is("in") ? i + 2
            : i + 2 < tokens.Count && tokens[i + 1].Is("out") && tokens[i + 2].Is("of") ? i + 3
            : -1;
        if (of < 0 || of >= tokens.Count || !TryCount(tokens[of], out var whole) || whole < 2 || part >= whole || whole > 1000)
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
