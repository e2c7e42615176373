using Compare.Core.Analysis.Text;

namespace Compare.Core.Analysis.Slots.Quantities;

/// <summary>
/// Reads the unit after a number: percent, basis or percentage points, a currency noun ("dollars", "Swedish crowns", "cents"),
/// a measure ("miles"), a time unit ("decades"), a hyphenated unit ("three-mile", "412-page") or the counted noun of the phrase
/// ("180 ballistic missiles" → "missile").
/// </summary>
internal static class UnitReader
{
    private const int NounWindow = 4;

    /// <summary>Words that end the noun phrase after a number.</summary>
    private static readonly HashSet<string> Stop = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "in", "at", "to", "from", "for", "on", "with", "by", "and", "or", "but", "nor", "the", "a", "an", "that", "which", "who",
        "whom", "whose", "was", "were", "is", "are", "be", "been", "being", "had", "have", "has", "will", "would", "could", "should",
        "may", "might", "can", "must", "said", "says", "than", "as", "per", "each", "every", "more", "less", "fewer", "about",
        "after", "before", "since", "over", "under", "into", "onto", "across", "through", "during", "while", "when", "where", "if",
        "it", "its", "their", "his", "her", "our", "my", "your", "this", "these", "those", "them", "they", "he", "she", "we", "you",
        "i", "not", "no", "also", "only", "just", "still", "even", "already", "ago", "earlier", "later", "so", "out", "up", "down",
        "off", "away", "back", "yet", "then", "there", "here", "what", "how", "why", "all", "both", "either", "neither", "among",
        "against", "between", "toward", "towards", "upon", "within", "without", "around", "near", "like", "unlike", "versus", "vs",
        "percent", "did", "do", "does", "got", "get", "gets", "made", "make", "makes", "saw", "see", "sees", "went", "go", "goes",
        "killed", "died", "left", "took", "take", "takes", "gave", "give", "gives", "apiece", "each", "total", "overall", "or",
        "times", "'s",
    };

    /// <summary>Words between a count and its noun that say the count comes on top of others.</summary>
    private static readonly HashSet<string> Additive =
        new(["more", "other", "further", "additional", "extra"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The unit starting at token <paramref name="j"/>, or none.</summary>
    public static UnitMatch Read(IReadOnlyList<Token> tokens, int j, NumberMatch number)
    {
        if (j >= tokens.Count)
        {
            return UnitMatch.None(j);
        }

        var t = tokens[j];
        if (t.IsPunct('%'))
        {
            return new UnitMatch("percent", j + 1, 1, false);
        }

        if (t.IsPunct('-') && j + 1 < tokens.Count && tokens[j + 1].IsWord && t.Start == tokens[j - 1].End && tokens[j + 1].Start == t.End)
        {
            return Hyphenated(tokens, j, number);
        }

        if (!t.IsWord)
        {
            return UnitMatch.None(j);
        }

        // "40 times the legal limit", "three times as many": a multiple, which compares with other multiples only.
        if (t.Is("times"))
        {
            return new UnitMatch(Units.Times, j + 1, 1, false);
        }

        return Percent(tokens, j, number) ?? Currency(tokens, j, number) ?? Measure(tokens, j) ?? CountedNoun(tokens, j, number);
    }

    private static UnitMatch? Percent(IReadOnlyList<Token> tokens, int j, NumberMatch number)
    {
        var t = tokens[j];
        var next = j + 1 < tokens.Count ? tokens[j + 1] : Token.None;
        if (t.Is("percentage") && next.IsWord && (next.Is("point") || next.Is("points")))
        {
            return new UnitMatch("percentage points", j + 2, 1, false);
        }

        if (t.Is("percent") || t.Is("pct") || t.Is("percentage") || t.Text == "pc" && t.Start == tokens[j - 1].End)
        {
            return new UnitMatch("percent", j + 1, 1, false);
        }

        if (t.Is("per") && next.IsWord && next.Is("cent"))
        {
            return new UnitMatch("percent", j + 2, 1, false);
        }

        if (t.Is("basis") && next.IsWord && (next.Is("point") || next.Is("points")))
        {
            return new UnitMatch("basis points", j + 2, 1, false);
        }

        if (t.Is("bps") || t.Is("bp"))
        {
            return new UnitMatch("basis points", j + 1, 1, false);
        }

        if (t.Is("point") || t.Is("points"))
        {
            return new UnitMatch(number.Fraction ? "percentage points" : "point", j + 1, 1, false);
        }

        return null;
    }

    private static UnitMatch? Currency(IReadOnlyList<Token> tokens, int j, NumberMatch number)
    {
        var t = tokens[j];
        if (Units.IsCurrencyCode(t.Text))
        {
            return new UnitMatch(t.Text == "RMB" ? "CNY" : t.Text, j + 1, 1, true);
        }

        // "Canadian dollars", "Hong Kong dollars", "Swedish crowns"
        for (var words = 2; words >= 1; words--)
        {
            if (j + words < tokens.Count && tokens[j].IsCapitalized && tokens[j + words].IsWord)
            {
                var nationality = words == 1 ? t.Text : t.Text + " " + tokens[j + 1].Text;
                if (Units.TryNationalCurrency(nationality, tokens[j + words].Text, out var code))
                {
                    return new UnitMatch(code, j + words + 1, 1, true);
                }
            }
        }

        if (t.Is("cents") || t.Is("cent"))
        {
            var euro = j > 0 && tokens[j - 1].Is("euro");
            return new UnitMatch(euro ? "EUR" : "USD", j + 1, 0.01, true);
        }

        if (t.Is("pence") || t.Is("p") && tokens[j].Start == tokens[j - 1].End)
        {
            return new UnitMatch("GBP", j + 1, 0.01, true);
        }

        if (!Units.TryCurrencyNoun(t.Text, out var unit))
        {
            return null;
        }

        if (unit == "pound")
        {
            var sterling = j + 1 < tokens.Count && tokens[j + 1].Is("sterling");
            if (sterling || number.HasMagnitude)
            {
                return new UnitMatch("GBP", sterling ? j + 2 : j + 1, 1, true);
            }

            return new UnitMatch("pound", j + 1, 1, false);
        }

        if (unit == "KRW" && !number.HasMagnitude)
        {
            return null;
        }

        return new UnitMatch(unit, j + 1, 1, true);
    }

    private static UnitMatch? Measure(IReadOnlyList<Token> tokens, int j)
    {
        var t = tokens[j];
        if (Units.TryMeasureUnit(t.Text, out var unit))
        {
            if (unit is "square" or "cubic" or "nautical")
            {
                return j + 1 < tokens.Count && Units.TryMeasureUnit(tokens[j + 1].Text, out var inner)
                    ? new UnitMatch(unit + " " + inner, j + 2, 1, false)
                    : null;
            }

            return new UnitMatch(unit, j + 1, 1, false);
        }

        return Units.TryTimeUnit(t.Text, out var time) ? new UnitMatch(time, j + 1, 1, false) : null;
    }

    /// <summary>"three-mile radius", "412-page budget", "half-point move", "2.9-percent", "25-basis-point", "40-million-mark".</summary>
    private static UnitMatch Hyphenated(IReadOnlyList<Token> tokens, int j, NumberMatch number)
    {
        var w = tokens[j + 1];
        if (w.Is("percent"))
        {
            return new UnitMatch("percent", j + 2, 1, false);
        }

        if (w.Is("point"))
        {
            return new UnitMatch(number.Fraction ? "percentage points" : "point", j + 2, 1, false);
        }

        if (w.Is("basis") && j + 3 < tokens.Count && tokens[j + 2].IsPunct('-') && tokens[j + 3].Is("point"))
        {
            return new UnitMatch("basis points", j + 4, 1, false);
        }

        if (w.Is("plus") || !w.IsLower)
        {
            return UnitMatch.None(j);
        }

        // "a 40-million-mark aid package", "a 2-billion-dollar deal": the magnitude and then the unit.
        if (NumberWords.TryMagnitude(w.Text, out var magnitude) && j + 3 < tokens.Count && tokens[j + 2].IsPunct('-')
            && tokens[j + 3].IsWord && tokens[j + 3].IsLower && tokens[j + 2].Start == w.End && tokens[j + 3].Start == tokens[j + 2].End)
        {
            var noun = tokens[j + 3].Text;
            return Units.TryCurrencyNoun(noun, out var currency) ? new UnitMatch(currency, j + 4, magnitude, true)
                : Units.TryMeasureUnit(noun, out var measured) ? new UnitMatch(measured, j + 4, magnitude, false)
                : new UnitMatch(Singularizer.Singular(noun), j + 4, magnitude, false);
        }

        if (Units.TryMeasureUnit(w.Text, out var measure))
        {
            return new UnitMatch(measure, j + 2, 1, false);
        }

        return new UnitMatch(Singularizer.Singular(w.Text), j + 2, 1, false);
    }

    /// <summary>
    /// A model's code at <paramref name="k"/>: a capitalised word of up to three letters, a hyphen and digits, all joined
    /// ("B-260s", "A-320"), read as the unit "B-260"; null otherwise. Its number is no figure either (see
    /// <see cref="QuantityParser"/>).
    /// </summary>
    private static UnitMatch? ModelCode(IReadOnlyList<Token> tokens, int k)
    {
        if (k + 2 >= tokens.Count || !tokens[k].IsCapitalized || tokens[k].Text.Length > 3 || !tokens[k + 1].IsPunct('-')
            || tokens[k + 1].Start != tokens[k].End || tokens[k + 2].Start != tokens[k + 1].End || !tokens[k + 2].IsNumber)
        {
            return null;
        }

        var next = k + 3;
        if (next < tokens.Count && tokens[next].IsWord && tokens[next].Start == tokens[k + 2].End && tokens[next].Text is "s" or "S")
        {
            next++;
        }

        return new UnitMatch($"{tokens[k].Text}-{tokens[k + 2].Text}", next, 1, false);
    }

    /// <summary>
    /// The head noun of the phrase after the number: the first plural noun within a few words ("180 ballistic missiles").
    /// </summary>
    private static UnitMatch CountedNoun(IReadOnlyList<Token> tokens, int j, NumberMatch number)
    {
        string? lastSingular = null;
        var lastIndex = j;
        for (var k = j; k < tokens.Count && k < j + NounWindow; k++)
        {
            var t = tokens[k];

            // "eight more planes", "six other aircraft", "two further charges": the noun after them is what is counted.
            if (k == j && Additive.Contains(t.Text) && k + 1 < tokens.Count && tokens[k + 1].IsWord && !tokens[k + 1].Is("than"))
            {
                continue;
            }

            // "six other B-260s", "two A-320s": a model's code is what is counted.
            if (ModelCode(tokens, k) is { } code)
            {
                return code;
            }

            if (t.IsPunct('-') && k > j && k + 1 < tokens.Count && tokens[k + 1].Start == t.End && t.Start == tokens[k - 1].End)
            {
                continue;
            }

            if (!t.IsWord || Stop.Contains(t.Text) || (t.IsCapitalized && !Singularizer.LooksPlural(t.Text) && k > j))
            {
                break;
            }

            if (Singularizer.LooksPlural(t.Text))
            {
                return new UnitMatch(Singularizer.Singular(t.Text), k + 1, 1, false);
            }

            if (t.IsLower)
            {
                lastSingular = t.Text;
                lastIndex = k + 1;
            }
        }

        // "one question" has a singular head; other numbers without a plural noun count nothing named ("a third of" neither).
        if (lastSingular is not null && number.Value == 1 && !number.Fraction && !number.HasMagnitude)
        {
            return new UnitMatch(Singularizer.Singular(lastSingular), lastIndex, 1, false);
        }

        return UnitMatch.None(j);
    }
}
