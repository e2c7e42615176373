using System.Globalization;
using System.Text.RegularExpressions;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Pairs;

/// <summary>
/// Contrast pairs: a true pair (<c>same</c>) with one side perturbed so that it becomes a conflict of a known kind:
/// a figure changed, a year moved, the statement negated, the actor swapped, a hedge or an attribution added.
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
                (DifferenceKind.Number, ChangeNumber), (DifferenceKind.Date, ChangeYear), (DifferenceKind.Polarity, Negate),
                (DifferenceKind.Certainty, AddHedge), (DifferenceKind.Attribution, AddAttribution),
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

    private static string? ChangeYear(string text, int h)
    {
        var m = NumberPattern().Matches(text).FirstOrDefault(x => IsYear(x.Value));
        if (m is null)
        {
            return null;
        }

        var year = int.Parse(m.Value, CultureInfo.InvariantCulture) + ((h % 2) == 0 ? 3 : -4);
        return text[..m.Index] + year.ToString(CultureInfo.InvariantCulture) + text[(m.Index + m.Length)..];
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
}
