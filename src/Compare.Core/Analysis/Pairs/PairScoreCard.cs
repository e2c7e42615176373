using System.Globalization;
using System.Text;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Pairs;

/// <summary>
/// Scores <c>compare pairs --score</c> against labels carried on the input lines: <c>"relation"</c> (same, conflict,
/// related, unrelated) and <c>"kinds"</c> (a list) or <c>"kind"</c> (one, or null). Two things are measured apart, since
/// the engine decides them apart:
/// <list type="bullet">
/// <item>the judge: is the pair one fact (same or conflict) or not (related or unrelated), P/R/F1 at
/// <see cref="PairJudge.SameFactThreshold"/>, and the four-way relation accuracy;</item>
/// <item>the slot checks, on the pairs labelled one fact, whatever the judge said of them: whether they differ at all
/// (P/R/F1), which kinds (micro P/R/F1, per kind, and how many pairs get exactly the labelled kinds).</item>
/// </list>
/// Lines without a relation are judged but not scored.
/// </summary>
public sealed class PairScoreCard
{
    private readonly Dictionary<DifferenceKind, (int Tp, int Fp, int Fn)> _kinds = Enum.GetValues<DifferenceKind>().ToDictionary(k => k, _ => (0, 0, 0));
    private int _scored;
    private int _relationRight;
    private (int Tp, int Fp, int Fn) _fact;
    private (int Tp, int Fp, int Fn) _differ;
    private int _onePairs;
    private int _exactKinds;

    /// <summary>Pairs that carried a relation label.</summary>
    public int Scored => _scored;

    /// <summary>Reads a relation label ("same", "conflict", "related", "unrelated"; any case), or null when absent or unknown.</summary>
    public static PairRelation? ParseRelation(string? text) =>
        IsName(text) && Enum.TryParse<PairRelation>(text, ignoreCase: true, out var r) ? r : null;

    /// <summary>Reads a kind label ("number", "date", ...; any case), or null when unknown.</summary>
    public static DifferenceKind? ParseKind(string? text) =>
        IsName(text) && Enum.TryParse<DifferenceKind>(text, ignoreCase: true, out var k) ? k : null;

    /// <summary>A label is a name: "1" or "same,conflict" would parse as enum values, and are no labels.</summary>
    private static bool IsName(string? text) => !string.IsNullOrEmpty(text) && text.All(char.IsLetter);

    /// <summary>Adds one labelled pair: the judge's verdict and what the slot checks find whatever the verdict.</summary>
    public void Add(PairRelation gold, IReadOnlyCollection<DifferenceKind> goldKinds, PairJudgement verdict, IReadOnlyList<SlotDifference> slotDifferences)
    {
        ArgumentNullException.ThrowIfNull(goldKinds);
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(slotDifferences);
        _scored++;
        _relationRight += verdict.Relation == gold ? 1 : 0;
        var goldFact = gold is PairRelation.Same or PairRelation.Conflict;
        var predFact = verdict.Relation is PairRelation.Same or PairRelation.Conflict;
        _fact = Count(_fact, goldFact, predFact);
        if (!goldFact)
        {
            return;
        }

        _onePairs++;
        var found = slotDifferences.Select(d => d.Kind).ToHashSet();
        var labelled = goldKinds.ToHashSet();
        _differ = Count(_differ, labelled.Count > 0, found.Count > 0);
        _exactKinds += found.SetEquals(labelled) ? 1 : 0;
        foreach (var kind in Enum.GetValues<DifferenceKind>())
        {
            _kinds[kind] = Count(_kinds[kind], labelled.Contains(kind), found.Contains(kind));
        }
    }

    /// <summary>The scores as lines of text, for the error stream.</summary>
    public string Summary()
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"scored {_scored} labelled pairs ({_onePairs} labelled one fact)");
        if (_scored == 0)
        {
            return text.ToString();
        }

        text.AppendLine(inv, $"  judge, one fact or not   {Prf(_fact)}; relation accuracy {Ratio(_relationRight, _scored)}");
        if (_onePairs > 0)
        {
            text.AppendLine(inv, $"  slot checks, differ      {Prf(_differ)}; exact kinds {Ratio(_exactKinds, _onePairs)}");
            var micro = _kinds.Values.Aggregate((0, 0, 0), (s, c) => (s.Item1 + c.Tp, s.Item2 + c.Fp, s.Item3 + c.Fn));
            text.AppendLine(inv, $"  slot checks, kinds       {Prf(micro)}");
            foreach (var (kind, counts) in _kinds)
            {
                text.AppendLine(inv, $"    {kind.ToString().ToLowerInvariant(),-12} {Prf(counts)}  (labelled {counts.Tp + counts.Fn}, found {counts.Tp + counts.Fp})");
            }
        }

        return text.ToString();
    }

    private static (int Tp, int Fp, int Fn) Count((int Tp, int Fp, int Fn) c, bool gold, bool predicted) =>
        (c.Tp + (gold && predicted ? 1 : 0), c.Fp + (!gold && predicted ? 1 : 0), c.Fn + (gold && !predicted ? 1 : 0));

    private static string Prf((int Tp, int Fp, int Fn) c)
    {
        double p = c.Tp + c.Fp == 0 ? 0 : c.Tp / (double)(c.Tp + c.Fp);
        double r = c.Tp + c.Fn == 0 ? 0 : c.Tp / (double)(c.Tp + c.Fn);
        var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return string.Create(CultureInfo.InvariantCulture, $"F1 {f:0.000} (P {p:0.000} R {r:0.000})");
    }

    private static string Ratio(int a, int b) => string.Create(CultureInfo.InvariantCulture, $"{(b == 0 ? 0 : a / (double)b):0.000} ({a}/{b})");
}
