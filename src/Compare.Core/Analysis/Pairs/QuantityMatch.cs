using Compare.Core.Analysis.Slots.Quantities;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Pairs;

/// <summary>
/// How the figures of two statements line up. Figures are comparable when their units and periods agree, when their
/// units measure one thing in different sizes ("60 days" and "three months", "MW" and "GW"; compared in one unit), when
/// one names no unit and the other counts something, or when each statement gives just one count ("42,000 vehicles" and
/// "48,000 drivers"). Comparable figures agree when their tolerance intervals overlap: an exact figure ±0.5% (±3% after a
/// conversion), an approximate one what rounds to it (see <see cref="Interval"/>), "more than v" from v up, "up to v" up
/// to v; an exact figure also agrees with a rounding of it to the other's last written digit ("$31.4 million" and "$31
/// million"). A conflict needs a figure on each side that agrees with nothing on the other side, so a statement that
/// adds a second figure is not a conflict.
/// </summary>
/// <param name="Comparable">At least one pair of figures is comparable.</param>
/// <param name="Agreeing">At least one comparable pair agrees.</param>
/// <param name="Conflict">The closest comparable pair of figures that agree with nothing, or null.</param>
internal sealed partial record QuantityMatch(bool Comparable, bool Agreeing, (Quantity A, Quantity B)? Conflict)
{
    private static readonly HashSet<string> Currencies = new(["USD", "EUR", "GBP", "JPY", "CHF", "CNY"], StringComparer.OrdinalIgnoreCase);

    public static QuantityMatch Of(IReadOnlyList<Quantity> a, IReadOnlyList<Quantity> b)
    {
        // One count on each side of two statements of one fact counts the same thing, whatever each calls it: "about 42,000
        // vehicles" and "more than 48,000 drivers" a day.
        var lone = LoneCount(a) && LoneCount(b);
        var comparable = false;
        var agreeing = false;
        var matchedA = new bool[a.Count];
        var matchedB = new bool[b.Count];
        for (var i = 0; i < a.Count; i++)
        {
            for (var j = 0; j < b.Count; j++)
            {
                if (!Compatible(a[i], b[j], lone))
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
                if (matchedA[i] || matchedB[j] || !Compatible(a[i], b[j], lone))
                {
                    continue;
                }

                var (va, vb) = InOneUnit(AsPercent(a[i], b[j]), AsPercent(b[j], a[i]));
                var distance = RelativeGap(va.Value, vb.Value);
                if (distance < best)
                {
                    best = distance;
                    conflict = (a[i], b[j]);
                }
            }
        }

        return new QuantityMatch(comparable, agreeing, conflict);
    }

    private static bool Compatible(Quantity a, Quantity b, bool loneCounts)
    {
        // A proportion in words ("a tenth", "three-quarters") compares with a percentage or another proportion only.
        if (IsProportion(a) || IsProportion(b))
        {
            return (IsProportion(a) || Unit(a.Unit) == "percent") && (IsProportion(b) || Unit(b.Unit) == "percent");
        }

        var ua = Unit(a.Unit);
        var ub = Unit(b.Unit);
        // A bare number may be anything a figure with a unit counts, or an age ("She's 51" against "Stolvik, 51,").
        var unitOk = ua == ub || (ua.Length == 0 && (IsCount(ub) || ub == Units.Age)) || (ub.Length == 0 && (IsCount(ua) || ua == Units.Age))
            || (Scale(ua) is { } sa && Scale(ub) is { } sb && sa.Dimension == sb.Dimension)
            || (loneCounts && IsCount(ua) && IsCount(ub));
        var perOk = a.Per is null || b.Per is null || (PerYear(a.Per) is not null && PerYear(b.Per) is not null);
        return unitOk && perOk;
    }

    /// <summary>
    /// Whether two figures are one figure: the same named unit and values that agree ("52.6 percent" and "52.6 percent",
    /// "176 passengers" and "a hundred and seventy-six passengers"). Stricter than comparable figures that agree: a bare
    /// number, or two counts of different nouns, is no evidence of one fact.
    /// </summary>
    public static bool SameFigure(Quantity a, Quantity b) => Unit(a.Unit) is { Length: > 0 } unit && unit == Unit(b.Unit) && Agree(a, b);

    /// <summary>
    /// The figures of each of the story's claims that can tie it to a fact: no modifier, and given by no more of the story's
    /// sentences (its own included) than the story has outlets. "The 80 mg tablet" of a recall is in sentence after
    /// sentence, and ties nothing. One pass over the story: figures are only compared within one unit.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Quantity>> Distinctive(IReadOnlyList<Claim> story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var outlets = story.Select(c => c.OutletId).Distinct(StringComparer.Ordinal).Count();
        var result = story.Select(_ => new List<Quantity>()).ToList();
        var byUnit = story.SelectMany((c, i) => c.Slots.Quantities.Select(q => (Claim: i, Figure: q)))
            .Where(x => Unit(x.Figure.Unit).Length > 0)
            .GroupBy(x => Unit(x.Figure.Unit), StringComparer.Ordinal);
        foreach (var unit in byUnit)
        {
            var figures = unit.ToList();
            foreach (var (claim, x) in figures.Where(f => !IsModifier(f.Figure)))
            {
                if (figures.Where(f => SameFigure(x, f.Figure)).Select(f => f.Claim).Distinct().Count() <= outlets)
                {
                    result[claim].Add(x);
                }
            }
        }

        return result;
    }

    /// <summary>Whether the claim gives one of <paramref name="figures"/> as a figure of its own, not as a modifier.</summary>
    public static bool Gives(Claim claim, IReadOnlyList<Quantity> figures) =>
        figures.Count > 0 && claim.Slots.Quantities.Any(y => !IsModifier(y) && figures.Any(x => SameFigure(x, y)));

    /// <summary>
    /// A figure written as a modifier of a noun: "an eight-year levy", "a half-point cut", "a 34-year-old nurse". It names
    /// the thing talked about, not what the sentence reports of it. "twenty-three miners" is no modifier.
    /// </summary>
    public static bool IsModifier(Quantity q) => HyphenatedUnit().IsMatch(q.Text);

    /// <summary>Whether the two figures agree; rates are compared per year ("$7 a month" agrees with "$84 a year").</summary>
    public static bool Agree(Quantity a, Quantity b)
    {
        (a, b) = (AsPercent(a, b), AsPercent(b, a));
        var (fa0, fb0) = Factors(a, b);
        var converted = fa0 != 1 || fb0 != 1;

        // Each figure's interval in its own unit ("about three months" is what rounds to three months), then in one unit.
        // Two upper bounds name the same end of the range: "up to 3.4 times the limit" and "up to five times" give different
        // maxima, however much the ranges below them overlap. (Lower bounds are not read so: "just over 52 percent" and "a
        // little more than half" are one figure rounded twice.)
        var bounds = a.Qualifier == QuantityQualifier.AtMost && b.Qualifier == QuantityQualifier.AtMost;
        var (loA, hiA) = bounds ? Interval(a with { Qualifier = QuantityQualifier.Exact }, converted) : Interval(a, converted);
        var (loB, hiB) = bounds ? Interval(b with { Qualifier = QuantityQualifier.Exact }, converted) : Interval(b, converted);
        (loA, hiA, loB, hiB) = (loA * fa0, hiA * fa0, loB * fb0, hiB * fb0);
        if (a.Per is not null && b.Per is not null && PerYear(a.Per) is { } fa && PerYear(b.Per) is { } fb)
        {
            (loA, hiA, loB, hiB) = (loA * fa, hiA * fa, loB * fb, hiB * fb);
        }

        // Rounding intervals are half-open: "about 1,200" (1,150 to 1,250) and "some 1,100" (1,050 to 1,150) do not meet.
        return (loA == hiA && loB == hiB ? loA == loB : loA < hiB && loB < hiA) || (!converted && (RoundsTo(a, b) || RoundsTo(b, a)));
    }

    /// <summary>
    /// "$31.4 million" reported as "$31 million": the more precise figure, rounded to the last digit written of the other
    /// (a digit before "million" or "billion", or after the decimal point), gives the other. Plain whole numbers keep their
    /// own precision: "30 killed" and "34 killed" differ. Half rounds up, so "$3.5 billion" is not "$3 billion".
    /// </summary>
    private static bool RoundsTo(Quantity precise, Quantity rounded)
    {
        if (precise.Qualifier != QuantityQualifier.Exact || rounded.Qualifier != QuantityQualifier.Exact
            || !string.Equals(precise.Per, rounded.Per, StringComparison.OrdinalIgnoreCase)
            || (WrittenStep(rounded.Text) ?? WholeStep(precise, rounded)) is not { } step)
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

    /// <summary>
    /// "twelve tonnes" against "11.8 tonnes", "fifteen hours" against "14 hours and 48 minutes": a whole number of ten or
    /// more is what a figure with a fraction rounds to (step 1). Two whole numbers keep their own precision, and a small one
    /// ("4 percent" against "3.8 percent") may be the point.
    /// </summary>
    private static double? WholeStep(Quantity precise, Quantity rounded) =>
        Math.Abs(rounded.Value) >= 10 && rounded.Value == Math.Floor(rounded.Value) && precise.Value != Math.Floor(precise.Value) ? 1 : null;

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
        var (ca, cb) = InOneUnit(a, b);
        var gap = cb.Value == 0 ? 1 : (ca.Value - cb.Value) / Math.Abs(cb.Value);
        var direction = gap < 0 ? "below" : "above";
        var percent = Math.Abs(gap) * 100;
        var size = percent >= 100 ? $"{ca.Value / cb.Value:0.#}x" : $"{percent:0}%";
        if (gap > 0 && percent >= 100)
        {
            return $"{ValueText.Of(a)} is {size} {ValueText.Of(b)}";
        }

        return $"{ValueText.Of(a)} is {size} {direction} {ValueText.Of(b)}";
    }

    /// <summary>
    /// The values a figure allows. An approximate figure allows what rounds to it at its last non-zero digit, a whole
    /// number also its neighbours, and at most ±10%: "about 1,200" is 1,150 to 1,250, "about 41 percent" 40 to 42, "nearly
    /// 7.9 gigawatts" 7.85 to 7.95, "about $100 million" $90 to $110 million.
    /// An exact figure converted from another unit ("three months" against "60 days") allows ±3% for the conversion.
    /// </summary>
    private static (double Lo, double Hi) Interval(Quantity q, bool converted)
    {
        var v = Math.Abs(q.Value);
        var exact = converted ? 0.03 : 0.005;
        var slack = q.Qualifier == QuantityQualifier.Approximate ? Slack(q, v) : 0;
        return q.Qualifier switch
        {
            QuantityQualifier.Approximate => (v - slack, v + slack),
            QuantityQualifier.AtLeast => (v, v * 1.5),
            QuantityQualifier.AtMost => (v * 0.67, v),
            _ => (v * (1 - exact), v * (1 + exact)),
        };
    }

    /// <summary>
    /// Half the step of an approximate figure's last non-zero digit (of fives when that digit is 5; at least 1 for a whole
    /// number), at most 10% of it; 10% for a share in words.
    /// </summary>
    private static double Slack(Quantity q, double v)
    {
        var tenth = v * 0.1;
        if (v == 0 || (!q.Text.Any(char.IsDigit) && Math.Abs(v - Math.Round(v)) > 1e-9))
        {
            return tenth;
        }

        for (var k = 15; k >= -6; k--)
        {
            var r = v / Math.Pow(10, k);
            if (r >= 1 - 1e-9 && Math.Abs(r - Math.Round(r)) < 1e-6 * Math.Max(1, r))
            {
                // A whole number allows its neighbours: "about 15" covers 14 to 16. A last digit of 5 rounds to fives: "about
                // 85,000" is what 84,000 rounds to.
                var step = Math.Pow(10, k) * (Math.Abs(Math.Round(r) % 10 - 5) < 1e-9 ? 5 : 1);
                var half = step / 2;
                return Math.Min(tenth, Math.Abs(v - Math.Round(v)) < 1e-9 ? Math.Max(half, 1) : half);
            }
        }

        return tenth;
    }

    /// <summary>Both figures in one unit when their units measure the same thing in different sizes ("MW" and "GW").</summary>
    private static (Quantity A, Quantity B) InOneUnit(Quantity a, Quantity b)
    {
        var (fa, fb) = Factors(a, b);
        return (a with { Value = a.Value * fa }, b with { Value = b.Value * fb });
    }

    /// <summary>What each figure is multiplied by to bring both into one unit: (1, 1) unless their units differ in size only.</summary>
    private static (double A, double B) Factors(Quantity a, Quantity b)
    {
        var (ua, ub) = (Unit(a.Unit), Unit(b.Unit));
        return ua != ub && Scale(ua) is { } sa && Scale(ub) is { } sb && sa.Dimension == sb.Dimension ? (sa.Factor, sb.Factor) : (1, 1);
    }

    /// <summary>The unit of a multiple as <see cref="Unit"/> gives it.</summary>
    private static readonly string TimesUnit = Unit(Units.Times);

    /// <summary>The unit's dimension and size in its base unit (<see cref="Units.Scale"/>).</summary>
    private static (string Dimension, double Factor)? Scale(string unit) => Units.Scale(unit);

    /// <summary>A counted noun: a unit that is no currency, share, measure or time ("vehicles", "planes").</summary>
    private static bool IsCount(string unit) => unit.Length > 0 && !IsMonetaryOrShare(unit) && Scale(unit) is null
        && !Units.IsMeasureName(unit) && unit != TimesUnit && unit is not ("point" or "percentage point" or Units.Age);

    /// <summary>Exactly one figure, and it counts something named ("vehicles").</summary>
    private static bool LoneCount(IReadOnlyList<Quantity> quantities) =>
        quantities.Count == 1 && IsCount(Unit(quantities[0].Unit));

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

    /// <summary>The figure's last word joins its number to a word: "eight-year", "34-year-old", "310-million-crown".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[^\s-]-\p{L}[^\s]*$")]
    private static partial System.Text.RegularExpressions.Regex HyphenatedUnit();

    [System.Text.RegularExpressions.GeneratedRegex(@"(\d[\d,]*)(?:\.(\d+))?\s*(thousand|million|billion|trillion|bn|m)?\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex WrittenNumber();

    private static bool IsMonetaryOrShare(string unit) => Currencies.Contains(unit) || unit is "percent" or "basis point";
}
