using Compare.Core.Analysis.Text;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Slots.Quantities;

/// <summary>Words before or after a figure that make it approximate or a bound: "about", "more than", "up to", "or more".</summary>
internal static class QualifierWords
{
    /// <summary>Phrases before the figure, longest first so "no more than" wins over "more than".</summary>
    private static readonly (string[] Words, QuantityQualifier Qualifier)[] Before =
    [
        (["a", "little", "more", "than"], QuantityQualifier.AtLeast), (["a", "little", "less", "than"], QuantityQualifier.AtMost),
        (["slightly", "more", "than"], QuantityQualifier.AtLeast), (["slightly", "less", "than"], QuantityQualifier.AtMost),
        (["no", "more", "than"], QuantityQualifier.AtMost), (["not", "more", "than"], QuantityQualifier.AtMost),
        (["no", "less", "than"], QuantityQualifier.AtLeast), (["no", "fewer", "than"], QuantityQualifier.AtLeast),
        (["as", "many", "as"], QuantityQualifier.AtMost), (["as", "much", "as"], QuantityQualifier.AtMost),
        (["as", "few", "as"], QuantityQualifier.AtLeast), (["as", "little", "as"], QuantityQualifier.AtLeast),
        (["just", "shy", "of"], QuantityQualifier.AtMost), (["in", "excess", "of"], QuantityQualifier.AtLeast),
        (["upwards", "of"], QuantityQualifier.AtLeast), (["upward", "of"], QuantityQualifier.AtLeast),
        (["close", "to"], QuantityQualifier.Approximate), (["more", "than"], QuantityQualifier.AtLeast),
        (["less", "than"], QuantityQualifier.AtMost), (["fewer", "than"], QuantityQualifier.AtMost),
        (["up", "to"], QuantityQualifier.AtMost), (["at", "least"], QuantityQualifier.AtLeast),
        (["at", "most"], QuantityQualifier.AtMost), (["just", "over"], QuantityQualifier.AtLeast),
        (["just", "under"], QuantityQualifier.AtMost), (["just", "below"], QuantityQualifier.AtMost),
        (["just", "above"], QuantityQualifier.AtLeast), (["well", "over"], QuantityQualifier.AtLeast),
        (["well", "above"], QuantityQualifier.AtLeast), (["an", "estimated"], QuantityQualifier.Approximate),
        (["nearly"], QuantityQualifier.Approximate), (["almost"], QuantityQualifier.Approximate),
        (["about"], QuantityQualifier.Approximate), (["around"], QuantityQualifier.Approximate),
        (["roughly"], QuantityQualifier.Approximate), (["approximately"], QuantityQualifier.Approximate),
        (["approx"], QuantityQualifier.Approximate), (["some"], QuantityQualifier.Approximate),
        (["estimated"], QuantityQualifier.Approximate), (["circa"], QuantityQualifier.Approximate),
        (["~"], QuantityQualifier.Approximate), (["≈"], QuantityQualifier.Approximate),
        (["over"], QuantityQualifier.AtLeast), (["above"], QuantityQualifier.AtLeast), (["exceeding"], QuantityQualifier.AtLeast),
        (["under"], QuantityQualifier.AtMost), (["below"], QuantityQualifier.AtMost),
    ];

    /// <summary>
    /// Verbs whose particle "over" only looks like a bound: "taking over 58 million thalers of debt", "handed over 12
    /// hostages" give the figure itself.
    /// </summary>
    private static readonly HashSet<string> OverParticleVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "take", "takes", "taking", "took", "taken", "hand", "hands", "handing", "handed", "turn", "turns", "turning", "turned",
        "sign", "signs", "signing", "signed", "pass", "passes", "passing", "passed", "carry", "carries", "carrying", "carried",
        "fork", "forks", "forking", "forked", "roll", "rolls", "rolling", "rolled",
    };

    /// <summary>The qualifier ending just before token <paramref name="first"/>, and the index of its first token.</summary>
    public static (QuantityQualifier Qualifier, int Start) ReadBefore(IReadOnlyList<Token> tokens, int first)
    {
        foreach (var (words, qualifier) in Before)
        {
            var start = first - words.Length;
            if (start < 0)
            {
                continue;
            }

            if (words is ["over"] && start > 0 && tokens[start].Is("over") && OverParticleVerbs.Contains(tokens[start - 1].Text))
            {
                continue;
            }

            var match = true;
            for (var k = 0; k < words.Length && match; k++)
            {
                match = tokens[start + k].Is(words[k]);
            }

            // "approx." keeps its dot.
            if (!match && words is ["approx"] && first >= 2 && tokens[first - 1].IsPunct('.') && tokens[first - 2].Is("approx"))
            {
                return (qualifier, first - 2);
            }

            if (match)
            {
                return (qualifier, start);
            }
        }

        return (QuantityQualifier.Exact, first);
    }

    /// <summary>"or so", "or more", "or less", "-plus", "+" right after the figure; returns the tokens it used.</summary>
    public static (QuantityQualifier? Qualifier, int Next) ReadAfter(IReadOnlyList<Token> tokens, int next)
    {
        if (next < tokens.Count && tokens[next].IsPunct('+'))
        {
            return (QuantityQualifier.AtLeast, next + 1);
        }

        if (next + 1 < tokens.Count && tokens[next].IsPunct('-') && tokens[next + 1].Is("plus"))
        {
            return (QuantityQualifier.AtLeast, next + 2);
        }

        if (next + 1 < tokens.Count && tokens[next].Is("or"))
        {
            var w = tokens[next + 1];
            if (w.Is("so"))
            {
                return (QuantityQualifier.Approximate, next + 2);
            }

            if (w.Is("more") || w.Is("above") || w.Is("higher"))
            {
                return (QuantityQualifier.AtLeast, next + 2);
            }

            if (w.Is("less") || w.Is("fewer") || w.Is("below") || w.Is("lower"))
            {
                return (QuantityQualifier.AtMost, next + 2);
            }
        }

        return (null, next);
    }
}
