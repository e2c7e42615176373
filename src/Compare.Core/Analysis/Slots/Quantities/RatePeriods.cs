using Compare.Core.Analysis.Text;

namespace Compare.Core.Analysis.Slots.Quantities;

/// <summary>The period of a rate after a figure: "annually", "a year", "per day", "each month", "weekly".</summary>
internal static class RatePeriods
{
    private static readonly Dictionary<string, string> Adverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["annually"] = "year", ["yearly"] = "year", ["monthly"] = "month", ["weekly"] = "week", ["daily"] = "day", ["hourly"] = "hour",
        ["quarterly"] = "quarter",
    };

    private static readonly Dictionary<string, string> Nouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["year"] = "year", ["yr"] = "year", ["annum"] = "year", ["month"] = "month", ["week"] = "week", ["day"] = "day",
        ["hour"] = "hour", ["quarter"] = "quarter", ["night"] = "day", ["minute"] = "minute", ["second"] = "second",
    };

    /// <summary>Words after "a year" that make it a point in time, not a rate: "a year ago", "a day after".</summary>
    private static readonly HashSet<string> NotRateAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        "ago", "earlier", "later", "after", "before", "since", "from", "on", "old", "long", "into", "of", "or", "and", "in",
    };

    /// <summary>Rate words that are not time: "per gallon", "a barrel", "per share", "per person".</summary>
    private static readonly HashSet<string> NonTimeRates = new(StringComparer.OrdinalIgnoreCase)
    {
        "gallon", "barrel", "litre", "liter", "share", "person", "head", "capita", "ton", "tonne", "kilogram", "kg", "pound", "ounce",
        "unit", "household", "resident", "student", "passenger", "mile", "kilometre", "kilometer", "hectare", "acre", "month",
        "night", "ride", "ticket", "dose", "vote",
    };

    /// <summary>
    /// A rate period at token <paramref name="i"/> ("a year", "per day", "every month", "annually"): the period name and the
    /// index after it, or null.
    /// </summary>
    public static (string Per, int Next)? ReadTime(IReadOnlyList<Token> tokens, int i)
    {
        if (i >= tokens.Count)
        {
            return null;
        }

        var t = tokens[i];
        if (t.IsWord && Adverbs.TryGetValue(t.Text, out var adverb))
        {
            return (adverb, i + 1);
        }

        var lead = t.Is("a") || t.Is("an") || t.Is("per") || t.Is("each") || t.Is("every") || t.IsPunct('/');
        if (!lead || i + 1 >= tokens.Count || !tokens[i + 1].IsWord || !Nouns.TryGetValue(tokens[i + 1].Text, out var noun))
        {
            return null;
        }

        if (i + 2 < tokens.Count && tokens[i + 2].IsWord && NotRateAfter.Contains(tokens[i + 2].Text))
        {
            return null;
        }

        if (i + 2 < tokens.Count && tokens[i + 2].IsPunct('-'))
        {
            return null;
        }

        return (noun, i + 2);
    }

    /// <summary>
    /// "40 times the acceptable daily intake": a rate adverb inside a noun phrase that opens with a determiner after the
    /// figure qualifies that noun and makes no rate of the figure ("$5 million to the group annually" and "$100 million in
    /// aid annually went" are rates).
    /// </summary>
    public static bool Attributive(IReadOnlyList<Token> tokens, int from, int i) =>
        Adverbs.ContainsKey(tokens[i].Text) && i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].IsLower
        && !FunctionWords.Contains(tokens[i + 1].Text)
        && Enumerable.Range(from, i - from).Any(k => Determiners.Contains(tokens[k].Text));

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "for", "in", "on", "at", "by", "from", "since", "until", "till", "over", "through", "throughout", "during", "and", "or",
        "but", "while", "as", "with", "without", "into", "across", "of", "than", "last", "this", "next", "before", "after", "so",
        "which", "that", "who", "when", "where", "if", "because", "is", "are", "was", "were", "will", "would", "has", "have", "had",
    };

    /// <summary>"per gallon", "a barrel": the thing a price is per, and the index after it, or null.</summary>
    public static (string Per, int Next)? ReadNonTime(IReadOnlyList<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count)
        {
            return null;
        }

        var lead = tokens[i].Is("a") || tokens[i].Is("an") || tokens[i].Is("per") || tokens[i].IsPunct('/');
        if (!lead || !tokens[i + 1].IsWord)
        {
            return null;
        }

        var noun = tokens[i + 1].Text;
        return NonTimeRates.Contains(noun) && !Nouns.ContainsKey(noun) ? (Singularizer.Singular(noun), i + 2) : null;
    }
}
