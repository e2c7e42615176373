using System.Globalization;
using Compare.Core.Analysis.Slots.Quantities;
using Compare.Core.Corpus;
using Compare.Core.Domain;

namespace Compare.Core.Tests.Analysis.Claims;

/// <summary>
/// How many gold slot values (quantities, dates, polarity, certainty, attribution) of the non-held-out topics the parsers
/// reproduce from the claims that contain the gold sentences. A measurement: it reports, the test only guards against a
/// collapse.
/// </summary>
internal sealed class GoldSlotMeasurement
{
    private readonly Dictionary<string, (int Hit, int Total)> counts = new(StringComparer.Ordinal);

    public List<string> Misses { get; } = [];

    private string current = string.Empty;

    public static GoldSlotMeasurement Measure(ClaimCorpusFixture corpus)
    {
        var m = new GoldSlotMeasurement();
        foreach (var topic in corpus.Topics)
        {
            foreach (var fact in topic.Gold.Facts)
            {
                foreach (var (outlet, mention) in fact.Mentions)
                {
                    if (mention is null)
                    {
                        continue;
                    }

                    var claims = corpus.Articles[(topic.Id, outlet)].Claims
                        .Where(c => mention.Sentences.Any(s => c.Text.Contains(s, StringComparison.Ordinal))).ToList();
                    m.current = $"{topic.Id}/{fact.Id}/{outlet}: {string.Join(" || ", mention.Sentences)}";
                    m.Add(mention.Value, claims);
                }
            }
        }

        return m;
    }

    public double Share(string key) => counts.TryGetValue(key, out var c) && c.Total > 0 ? (double)c.Hit / c.Total : 0;

    public string Report() => string.Join(Environment.NewLine, counts.OrderBy(c => c.Key, StringComparer.Ordinal)
        .Select(c => $"{c.Key,-24} {c.Value.Hit,4} / {c.Value.Total,-4} = {(double)c.Value.Hit / c.Value.Total:P1}".Replace(",", ".",
            StringComparison.Ordinal)));

    private void Add(GoldValue gold, List<Claim> claims)
    {
        var quantities = claims.SelectMany(c => c.Slots.Quantities).ToList();
        foreach (var g in gold.Quantities)
        {
            Count("quantity value", quantities.Any(q => SameValue(q.Value, g.Value)));
            Count("quantity value+unit", quantities.Any(q => SameValue(q.Value, g.Value) && SameUnit(q.Unit, g.Unit)));
            Count("quantity full", quantities.Any(q => SameValue(q.Value, g.Value) && SameUnit(q.Unit, g.Unit) && q.Per == g.Per
                && q.Approximate == g.Approximate));
        }

        var dates = claims.SelectMany(c => c.Slots.Dates).ToList();
        foreach (var g in gold.Dates)
        {
            var (from, to) = Interval(g);
            Count("date exact", dates.Any(d => d.From == from && d.To == to));
            Count("date overlaps", dates.Any(d => d.From <= to && from <= d.To));
        }

        if (claims.Count == 0)
        {
            return;
        }

        Count("polarity", claims.Any(c => c.Slots.Polarity == gold.Polarity));
        Count("certainty", claims.Any(c => c.Slots.Certainty == gold.Certainty));
        Count("attribution present", claims.Any(c => c.Slots.Attribution is null == gold.Attribution is null));
        Count("attribution source", claims.Any(c => string.Equals(c.Slots.Attribution?.Source, gold.Attribution,
            StringComparison.OrdinalIgnoreCase)
            || c.Slots.Attribution is { } a && gold.Attribution is { } ga && ga.EndsWith(a.Source, StringComparison.OrdinalIgnoreCase)));
    }

    private void Count(string key, bool hit)
    {
        if (!hit)
        {
            Misses.Add($"{key}: {current}");
        }

        counts.TryGetValue(key, out var c);
        counts[key] = (c.Hit + (hit ? 1 : 0), c.Total + 1);
    }

    private static bool SameValue(double a, double b) => Math.Abs(a - b) <= 1e-3 * Math.Max(1, Math.Abs(b));

    /// <summary>Gold writes counted nouns in the plural ("missiles", "votes"); the parser in the singular.</summary>
    private static bool SameUnit(string parsed, string gold) =>
        string.Equals(parsed, gold, StringComparison.OrdinalIgnoreCase)
        || string.Equals(Singularizer.Singular(parsed), Singularizer.Singular(gold), StringComparison.OrdinalIgnoreCase);

    /// <summary>"2024", "2024-02", "2023-10-07", "1990/1993" as an inclusive interval.</summary>
    private static (DateOnly From, DateOnly To) Interval(string gold)
    {
        var parts = gold.Split('/');
        var (from, _) = One(parts[0]);
        var (_, to) = One(parts[^1]);
        return (from, to);

        static (DateOnly, DateOnly) One(string s)
        {
            var p = s.Split('-').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray();
            return p.Length switch
            {
                1 => (new DateOnly(p[0], 1, 1), new DateOnly(p[0], 12, 31)),
                2 => (new DateOnly(p[0], p[1], 1), new DateOnly(p[0], p[1], DateTime.DaysInMonth(p[0], p[1]))),
                _ => (new DateOnly(p[0], p[1], p[2]), new DateOnly(p[0], p[1], p[2])),
            };
        }
    }
}
