
namespace Compare.Core.Analysis.Slots.Quantities;

/// <summary>The vocabulary of written numbers: cardinals, magnitudes, fractions.</summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Small = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80,
        ["ninety"] = 90,
    };

    /// <summary>Magnitude words, spelled out or abbreviated as in "1.2bn", "$5m", "300k".</summary>
    private static readonly Dictionary<string, double> Magnitudes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12, ["mn"] = 1e6, ["mln"] = 1e6,
        ["bn"] = 1e9, ["bln"] = 1e9, ["tn"] = 1e12, ["trn"] = 1e12, ["thousands"] = 0, ["millions"] = 0, ["billions"] = 0,
    };

    /// <summary>Short magnitude letters, read only when glued to the number ("$5m", "300k", "1.2b").</summary>
    private static readonly Dictionary<string, double> Letters = new(StringComparer.Ordinal)
    {
        ["k"] = 1e3, ["K"] = 1e3, ["m"] = 1e6, ["M"] = 1e6, ["b"] = 1e9, ["B"] = 1e9, ["bn"] = 1e9, ["mn"] = 1e6, ["tn"] = 1e12,
        ["mln"] = 1e6, ["bln"] = 1e9, ["trn"] = 1e12,
    };

    /// <summary>Denominators of fractions: "two-thirds", "three quarters", "a fifth".</summary>
    private static readonly Dictionary<string, int> Denominators = new(StringComparer.OrdinalIgnoreCase)
    {
        ["half"] = 2, ["halves"] = 2, ["third"] = 3, ["thirds"] = 3, ["quarter"] = 4, ["quarters"] = 4, ["fourth"] = 4,
        ["fourths"] = 4, ["fifth"] = 5, ["fifths"] = 5, ["sixth"] = 6, ["sixths"] = 6, ["seventh"] = 7, ["sevenths"] = 7,
        ["eighth"] = 8, ["eighths"] = 8, ["ninth"] = 9, ["ninths"] = 9, ["tenth"] = 10, ["tenths"] = 10,
    };

    public static bool TryCardinal(string word, out int value)
    {
        if (Small.TryGetValue(word, out value))
        {
            return true;
        }

        return Tens.TryGetValue(word, out value);
    }

    public static bool IsTens(string word) => Tens.ContainsKey(word);

    public static bool IsSmall(string word) => Small.ContainsKey(word);

    /// <summary>Multiplier of a magnitude word; plural vague forms ("millions of") give 0, meaning "not a figure".</summary>
    public static bool TryMagnitude(string word, out double multiplier) => Magnitudes.TryGetValue(word, out multiplier);

    public static bool TryLetterMagnitude(string suffix, out double multiplier) => Letters.TryGetValue(suffix, out multiplier);

    public static bool TryDenominator(string word, out int denominator) => Denominators.TryGetValue(word, out denominator);

    public static bool IsOrdinalSuffix(string suffix) => suffix is "st" or "nd" or "rd" or "th" or "ST" or "ND" or "RD" or "TH";
}
