using System.Globalization;
using System.Text.RegularExpressions;
using Compare.Core.Analysis.Slots.Dates;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Pairs;

/// <summary>
/// Contrast pairs: a true pair (<c>same</c>) with one side perturbed so that it becomes a conflict of a known kind:
/// a figure changed, a date moved, the statement negated, the actor swapped, a hedge or an attribution added.
/// Deterministic: the perturbation of a pair depends only on its id.
/// </summary>
public static partial class ContrastPairs
{
    private static readonly string[] Hedges = ["reportedly", "allegedly", "probably"];

    private static readonly string[] Sources =
    [
        "according to opposition lawmakers", "local residents said", "a rival newspaper reported", "an anonymous official claimed",
    ];

    private static readonly (string Auxiliary, string Negated)[] Negations =
    [
        (" has ", " has not "), (" have ", " have not "), (" had ", " had not "), (" was ", " was not "), (" were ", " were not "),
        (" is ", " is not "), (" are ", " are not "), (" will ", " will not "), (" would ", " would not "), (" can ", " cannot "),
    ];

    public static IReadOnlyList<TrainingPair> Make(IEnumerable<TrainingPair> truePairs)
    {
        ArgumentNullException.ThrowIfNull(truePairs);
        var result = new List<TrainingPair>();
        foreach (var pair in truePairs.Where(p => p.Relation == PairRelation.Same))
        {
            var h = StableHash(pair.Id);
            var perturbations = new (DifferenceKind Kind, Func<string, int, string?> Apply)[]
            {
                (DifferenceKind.Number, ChangeNumber), (DifferenceKind.Date, ChangeDate), (DifferenceKind.Polarity, Negate),
                (DifferenceKind.Certainty, AddHedge), (DifferenceKind.Attribution, AddAttribution), (DifferenceKind.Actor, SwapActor),
            };

            // Two perturbations per pair, chosen by its id, so every kind appears about equally often.
            for (var k = 0; k < 2; k++)
            {
                var (kind, apply) = perturbations[(h + (k * 3)) % perturbations.Length];
                if (apply(pair.B, h) is { } changed && changed != pair.B)
                {
                    result.Add(new TrainingPair($"contrast-{kind.ToString().ToLowerInvariant()}-{pair.Id}", pair.A, changed, PairRelation.Conflict, kind, "contrast"));
                }
            }
        }

        return result;
    }

    private static string? ChangeNumber(string text, int h)
    {
        var m = NumberPattern().Matches(text).FirstOrDefault(x => !IsYear(x.Value));
        if (m is null || !double.TryParse(m.Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
        {
            return null;
        }

        var factor = (h % 2) == 0 ? 1.6 : 0.55;
        var changed = Math.Round(v * factor, v < 10 ? 1 : 0);
        return text[..m.Index] + changed.ToString("0.#", CultureInfo.InvariantCulture) + text[(m.Index + m.Length)..];
    }

    /// <summary>Moves a date: the day of a "November 6" / "6 November", else a year, else a weekday, else a month.</summary>
    private static string? ChangeDate(string text, int h)
    {
        if (DayOfMonthPattern().Match(text) is { Success: true } day)
        {
            var g = day.Groups["d1"].Success ? day.Groups["d1"] : day.Groups["d2"];
            var d = int.Parse(g.Value, CultureInfo.InvariantCulture);
            var moved = d + ((h % 2) == 0 ? 1 : -2);
            moved = moved is < 1 or > 28 ? d + 3 : moved;
            return text[..g.Index] + moved.ToString(CultureInfo.InvariantCulture) + text[(g.Index + g.Length)..];
        }

        if (NumberPattern().Matches(text).FirstOrDefault(x => IsYear(x.Value)) is { } m)
        {
            var year = int.Parse(m.Value, CultureInfo.InvariantCulture) + ((h % 2) == 0 ? 3 : -4);
            return text[..m.Index] + year.ToString(CultureInfo.InvariantCulture) + text[(m.Index + m.Length)..];
        }

        if (WeekdayPattern().Match(text) is { Success: true } w && DateWords.TryWeekday(w.Value, out var weekday))
        {
            var moved = (DayOfWeek)(((int)weekday + 1 + (h % 5)) % 7);
            return text[..w.Index] + moved.ToString() + text[(w.Index + w.Length)..];
        }

        if (MonthPattern().Match(text) is { Success: true } mo && DateWords.TryMonth(mo.Value, out var month))
        {
            var moved = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(((month + h % 10) % 12) + 1);
            return text[..mo.Index] + moved + text[(mo.Index + mo.Length)..];
        }

        return null;
    }

    /// <summary>
    /// Swaps who did it: an office or body for another of its kind (the finance minister for the prime minister, police
    /// for prosecutors). The table is hand-written: no library lists interchangeable public roles. Names are left alone:
    /// swapping a capitalised run also hits bodies and places, and those pairs made the judge worse on leave-one-out.
    /// </summary>
    private static string? SwapActor(string text, int h)
    {
        foreach (var (from, to) in RoleSwaps)
        {
            var i = text.IndexOf(from, StringComparison.Ordinal);
            if (i >= 0 && (i == 0 || !char.IsLetter(text[i - 1])) && (i + from.Length == text.Length || !char.IsLetter(text[i + from.Length])))
            {
                return text[..i] + to + text[(i + from.Length)..];
            }
        }

        return null;
    }

    private static string? Negate(string text, int h)
    {
        if (LexicalCues.HasNegation(LexicalCues.Words(text)))
        {
            return null;
        }

        foreach (var (aux, negated) in Negations)
        {
            var i = text.IndexOf(aux, StringComparison.Ordinal);
            if (i >= 0)
            {
                return text[..i] + negated + text[(i + aux.Length)..];
            }
        }

        return null;
    }

    private static string? AddHedge(string text, int h)
    {
        if (LexicalCues.HasHedge(LexicalCues.Words(text)))
        {
            return null;
        }

        foreach (var (aux, _) in Negations)
        {
            var i = text.IndexOf(aux, StringComparison.Ordinal);
            if (i >= 0)
            {
                return text[..(i + aux.Length)] + Hedges[h % Hedges.Length] + " " + text[(i + aux.Length)..];
            }
        }

        return null;
    }

    private static string? AddAttribution(string text, int h)
    {
        var trimmed = text.TrimEnd();
        if (LexicalCues.HasAttributionCue(LexicalCues.Words(text)) || trimmed.Length < 2 || trimmed[^1] != '.')
        {
            return null;
        }

        return trimmed[..^1] + ", " + Sources[h % Sources.Length] + ".";
    }

    private static readonly (string From, string To)[] RoleSwaps =
    [
        ("Prime Minister", "Finance Minister"), ("prime minister", "finance minister"), ("Finance Minister", "Prime Minister"),
        ("finance minister", "prime minister"), ("President", "Vice President"), ("president", "vice president"),
        ("Governor", "Deputy Governor"), ("governor", "deputy governor"), ("mayor", "city manager"), ("Mayor", "City Manager"),
        ("police", "prosecutors"), ("prosecutors", "police"), ("the council", "the mayor"), ("the ministry", "the regulator"),
        ("the company", "its parent company"), ("the union", "the employers"), ("officials", "lawmakers"), ("minister", "deputy minister"),
        ("spokesperson", "lawyer"), ("spokesman", "lawyer"), ("spokeswoman", "lawyer"), ("chief executive", "chairman"),
        ("the military", "the government"),
    ];

    private static bool IsYear(string s) => s.Length == 4 && int.TryParse(s, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100;

    private static int StableHash(string s)
    {
        var h = 17;
        foreach (var c in s)
        {
            h = unchecked((h * 31) + c);
        }

        return h & int.MaxValue;
    }

    [GeneratedRegex(@"\d[\d,]*(?:\.\d+)?")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?<d1>\d{1,2})\b(?!,?\d)|\b(?<d2>\d{1,2})\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b")]
    private static partial Regex DayOfMonthPattern();

    [GeneratedRegex(@"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex WeekdayPattern();

    [GeneratedRegex(@"\b(?:January|February|March|April|June|July|August|September|October|November|December)\b")]
    private static partial Regex MonthPattern();
}
