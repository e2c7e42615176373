using Compare.Core.Domain;

namespace Compare.Core.Analysis.Pairs;

/// <summary>
/// How the figures of two statements line up. Figures are comparable when their units and periods agree (or one
/// side names none); comparable figures agree when their tolerance intervals overlap: an exact figure ±0.5%, an
/// approximate one ±10%, "more than v" from v up, "up to v" up to v; an exact figure also agrees with a rounding of it to
/// the other's last written digit ("$31.4 million" and "$31 million"). A conflict needs a figure on each side that
/// agrees with nothing on the other side, so a statement that adds a second figure is not a conflict.
/// </summary>
/// <param name="Comparable">At least one pair of figures is comparable.</param>
/// <param name="Agreeing">At least one comparable pair agrees.</param>
/// <param name="Conflict">The closest comparable pair of figures that agree with nothing, or null.</param>
internal sealed partial record QuantityMatch(bool Comparable, bool Agreeing, (Quantity A, Quantity B)? Conflict)
{
    private static readonly HashSet<string> Currencies = new(["USD", "EUR", "GBP", "JPY", "CHF", "CNY"], StringComparer.OrdinalIgnoreCase);

    public static QuantityMatch Of(IReadOnlyList<Quantity> a, IReadOnlyList<Quantity> b)
    {
        var comparable = false;
        var agreeing = false;
        var matchedA = new bool[a.Count];
        var matchedB = new bool[b.Count];
        for (var i = 0; i < a.Count; i++)
        {
            for (var j = 0; j < b.Count; j++)
            {
                if (!Compatible(a[i], b[j]))
                {
                    continue;
                }

                comparable = true;
                if (Agree(a[i], b[j]))
                {
                    agreeing = true;
                    matchedA[i] = true;
                    matchedB[j] = true;
                }
            }
        }

        // A count that agrees with one of the other side under another noun ("about 5,200 drivers" and "more than 5,000
        // members") is that figure named differently: it takes no part in a conflict.
        for (var i = 0; i < a.Count; i++)
        {
            for (var j = 0; j < b.Count; j++)
            {
                if ((!matchedA[i] || !matchedB[j]) && !IsMonetaryOrShare(Unit(a[i].Unit)) && !IsMonetaryOrShare(Unit(b[j].Unit)))
                {
                    var same = Agree(a[i], b[j]);
                    matchedA[i] |= same;
                    matchedB[j] |= same;
                }
            }
        }

        (Quantity, Quantity)? conflict = null;
        var best = double.MaxValue;
        for (var i = 0; i < a.Count; i++)
        {
            for (var j = 0; j < b.Count; j++)
            {
                if (matchedA[i] || matchedB[j] || !Compatible(a[i], b[j]))
                {
                    continue;
                }

                var distance = RelativeGap(AsPercent(a[i], b[j]).Value, AsPercent(b[j], a[i]).Value);
                if (distance < best)
                {
                    best = distance;
                    conflict = (a[i], b[j]);
                }
            }
        }

        return new QuantityMatch(comparable, agreeing, conflict);
    }

    public static bool Compatible(Quantity a, Quantity b)
    {
        // A proportion in words ("a tenth", "three-quarters") compares with a percentage or another proportion only.
        if (IsProportion(a) || IsProportion(b))
        {
            return (IsProportion(a) || Unit(a.Unit) == "percent") && (IsProportion(b) || Unit(b.Unit) == "percent");
        }

        var ua = Unit(a.Unit);
        var ub = Unit(b.Unit);
        var unitOk = ua == ub || (ua.Length == 0 && !IsMonetaryOrShare(ub)) || (ub.Length == 0 && !IsMonetaryOrShare(ua));
        var perOk = a.Per is null || b.Per is null || (PerYear(a.Per) is not null && PerYear(b.Per) is not null);
        return unitOk && perOk;
    }

    /// <summary>Whether the two figures agree; rates are compared per year ("$7 a month" agrees with "$84 a year").</summary>
    public static bool Agree(Quantity a, Quantity b)
    {
        (a, b) = (AsPercent(a, b), AsPercent(b, a));
        var (loA, hiA) = Interval(a);
        var (loB, hiB) = Interval(b);
        if (a.Per is not null && b.Per is not null && PerYear(a.Per) is { } fa && PerYear(b.Per) is { } fb)
        {
            (loA, hiA, loB, hiB) = (loA * fa, hiA * fa, loB * fb, hiB * fb);
        }

        return (loA <= hiB && loB <= hiA) || RoundsTo(a, b) || RoundsTo(b, a);
    }

    /// <summary>
    /// "$31.4 million" reported as "$31 million": the more precise figure, rounded to the last digit written of the other
    /// (a digit before "million" or "billion", or after the decimal point), gives the other. Plain whole numbers keep their
    /// own precision: "30 killed" and "34 killed" differ. Half rounds up, so "$3.5 billion" is not "$3 billion".
    /// </summary>
    private static bool RoundsTo(Quantity precise, Quantity rounded)
    {
        if (precise.Qualifier != QuantityQualifier.Exact || rounded.Qualifier != QuantityQualifier.Exact
            || !string.Equals(precise.Per, rounded.Per, StringComparison.OrdinalIgnoreCase) || WrittenStep(rounded.Text) is not { } step)
        {
            return false;
        }

        var ratio = step / Math.Abs(rounded.Value);
        if (ratio is <= 0 or > 0.5)
        {
            return false;
        }

        var snapped = Math.Round(Math.Abs(precise.Value) / step, MidpointRounding.AwayFromZero) * step;
        return Math.Abs(snapped - Math.Abs(rounded.Value)) <= step * 1e-6 && Math.Abs(precise.Value - rounded.Value) > 0;
    }

    /// <summary>The value of the last digit written: 1e6 in "$31 million", 0.1 in "3.8 percent", null for "1,200 jobs".</summary>
    private static double? WrittenStep(string text)
    {
        var m = WrittenNumber().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var decimals = m.Groups[2].Success ? m.Groups[2].Value.Length : 0;
        var scale = m.Groups[3].Value.ToLowerInvariant() switch
        {
            "thousand" => 1e3,
            "million" or "m" => 1e6,
            "billion" or "bn" => 1e9,
            "trillion" => 1e12,
            _ => 0,
        };
        if (scale == 0 && decimals == 0)
        {
            return null;
        }

        return Math.Pow(10, -decimals) * (scale == 0 ? 1 : scale);
    }

    /// <summary>How many of the period fit in a year, or null for a period that is not a calendar rate.</summary>
    private static double? PerYear(string per) => per.ToLowerInvariant() switch
    {
        "year" or "annum" => 1,
        "quarter" => 4,
        "month" => 12,
        "week" => 52,
        "day" => 365,
        "hour" => 365 * 24,
        _ => null,
    };

    /// <summary>"$70 million a year is 30% below about $100 million a year".</summary>
    public static string Explain(Quantity a, Quantity b)
    {
        var gap = b.Value == 0 ? 1 : (a.Value - b.Value) / Math.Abs(b.Value);
        var direction = gap < 0 ? "below" : "above";
        var percent = Math.Abs(gap) * 100;
        var size = percent >= 100 ? $"{a.Value / b.Value:0.#}x" : $"{percent:0}%";
        if (gap > 0 && percent >= 100)
        {
            return $"{ValueText.Of(a)} is {size} {ValueText.Of(b)}";
        }

        return $"{ValueText.Of(a)} is {size} {direction} {ValueText.Of(b)}";
    }

    private static (double Lo, double Hi) Interval(Quantity q)
    {
        var v = Math.Abs(q.Value);
        return q.Qualifier switch
        {
            QuantityQualifier.Approximate => (v * 0.9, v * 1.1),
            QuantityQualifier.AtLeast => (v, v * 1.5),
            QuantityQualifier.AtMost => (v * 0.67, v),
            _ => (v * 0.995, v * 1.005),
        };
    }

    private static double RelativeGap(double a, double b) => Math.Abs(a - b) / Math.Max(Math.Max(Math.Abs(a), Math.Abs(b)), 1e-9);

    private static string Unit(string? unit)
    {
        var u = (unit ?? string.Empty).Trim().ToLowerInvariant();
        return u.Length > 3 && u.EndsWith('s') ? u[..^1] : u;
    }

    /// <summary>"a tenth", "three-quarters", "half": a share of one written in words, with no unit.</summary>
    private static bool IsProportion(Quantity q) =>
        Unit(q.Unit).Length == 0 && q.Value is > 0 and < 1 && !q.Text.Any(char.IsDigit);

    /// <summary>A proportion set against a percentage, as a percentage ("a tenth" = 10 percent).</summary>
    private static Quantity AsPercent(Quantity q, Quantity other) =>
        IsProportion(q) && Unit(other.Unit) == "percent" ? q with { Value = q.Value * 100, Unit = "percent" } : q;

    [System.Text.RegularExpressions.GeneratedRegex(@"(\d[\d,]*)(?:\.(\d+))?\s*(thousand|million|billion|trillion|bn|m)?\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex WrittenNumber();

    private static bool IsMonetaryOrShare(string unit) => Currencies.Contains(unit) || unit is "percent" or "basis point";
}
