using Compare.Core.Analysis.Text;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Slots.Quantities;

/// <summary>
/// Links neighbouring figures. A range ("between 10 and 12 million", "10 to 15 cents", "10-12 people") gives its first figure
/// the unit, magnitude and period of the second, and makes the pair a lower and an upper bound (AtLeast, AtMost) unless they
/// carry their own qualifier. A change ("from 10 to 12 million") inherits the same way but stays exact. "12 of 18 respondents"
/// gives the first figure the counted noun of the second.
/// </summary>
internal static class QuantityLinker
{
    public static void Link(IReadOnlyList<Token> tokens, List<QuantityDraft> drafts)
    {
        for (var p = 0; p + 1 < drafts.Count; p++)
        {
            var a = drafts[p];
            var b = drafts[p + 1];
            if (a.Unit == "vote" && b.Unit == "vote" || a.Unit.Length > 0 && a.Unit != b.Unit || b.Unit.Length == 0 && !b.HasMagnitude)
            {
                continue;
            }

            var gap = b.First - a.Next;
            var connector = gap == 1 ? tokens[a.Next] : Token.None;
            if (gap == 1 && (connector.Is("to") || connector.IsPunct('-') || connector.IsPunct('–') || connector.Is("and")
                || connector.Is("or")))
            {
                var between = a.First > 0 && tokens[a.First - 1].Is("between");
                var from = a.First > 0 && tokens[a.First - 1].Is("from");
                if (connector.Is("and") && !between)
                {
                    continue;
                }

                Inherit(a, b);
                if (!from && !connector.Is("or"))
                {
                    a.Qualifier = a.Qualifier == QuantityQualifier.Exact ? QuantityQualifier.AtLeast : a.Qualifier;
                    b.Qualifier = b.Qualifier == QuantityQualifier.Exact ? QuantityQualifier.AtMost : b.Qualifier;
                }
            }
            else if (a.Unit.Length == 0 && gap is 1 or 2 && tokens[a.Next].Is("of") && (gap == 1 || IsDeterminer(tokens[a.Next + 1])))
            {
                a.Unit = b.Unit;
            }
        }
    }

    private static void Inherit(QuantityDraft a, QuantityDraft b)
    {
        if (a.Unit.Length == 0)
        {
            a.Unit = b.Unit;
            a.Value *= b.UnitFactor;
            a.UnitFactor = b.UnitFactor;
        }

        if (!a.HasMagnitude && b.HasMagnitude)
        {
            a.Value *= b.Magnitude;
        }

        a.Per ??= b.Per;
    }

    private static bool IsDeterminer(Token t) =>
        t.Is("its") || t.Is("the") || t.Is("their") || t.Is("his") || t.Is("her") || t.Is("our") || t.Is("these") || t.Is("those");
}
