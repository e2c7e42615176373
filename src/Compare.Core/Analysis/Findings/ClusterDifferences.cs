using Compare.Core.Analysis.Pairs;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Findings;

/// <summary>
/// The differences within one cluster, per kind: each outlet's representative claim is compared slot by slot with
/// every other outlet's; on each kind the outlets fall into groups that agree within themselves, and every outlet's
/// value is shown with the words that carry it.
/// </summary>
internal static class ClusterDifferences
{
    public static IReadOnlyList<ValueDifference> Of(IReadOnlyList<Claim> representatives)
    {
        var n = representatives.Count;
        var pairs = new Dictionary<(int, int), IReadOnlyList<SlotDifference>>();
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                pairs[(i, j)] = SlotComparer.Compare(representatives[i], representatives[j]);
            }
        }

        var result = new List<ValueDifference>();
        foreach (var kind in Enum.GetValues<DifferenceKind>())
        {
            if (!pairs.Values.Any(d => d.Any(x => x.Kind == kind)))
            {
                continue;
            }

            SlotDifference? Between(int i, int j) =>
                i < j ? pairs[(i, j)].FirstOrDefault(d => d.Kind == kind) : Flip(pairs[(j, i)].FirstOrDefault(d => d.Kind == kind));

            // Greedy grouping: an outlet joins the first group all of whose members it agrees with on this kind.
            var groups = new List<List<int>>();
            for (var i = 0; i < n; i++)
            {
                var home = groups.FirstOrDefault(g => g.All(m => Between(m, i) is null));
                if (home is null)
                {
                    groups.Add([i]);
                }
                else
                {
                    home.Add(i);
                }
            }

            if (groups.Count < 2)
            {
                continue;
            }

            var own = new (string Value, string Text)?[n];
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n && own[i] is null; j++)
                {
                    if (i != j && Between(i, j) is { } d)
                    {
                        own[i] = (d.ValueA, d.TextA);
                    }
                }
            }

            var values = new OutletValue[n];
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var g in groups)
            {
                var groupValue = g.Select(m => own[m]?.Value).FirstOrDefault(v => v is not null) ?? "same as the others";
                if (!used.Add(groupValue))
                {
                    groupValue = $"{groupValue} ({representatives[g[0]].OutletId})";
                    used.Add(groupValue);
                }

                foreach (var m in g)
                {
                    values[m] = new OutletValue(representatives[m].OutletId, groupValue, own[m]?.Text ?? string.Empty,
                        representatives[m].Slots.Attribution?.Source);
                }
            }

            var explanation = Between(groups[0][0], groups[1][0])?.Explanation ?? string.Empty;
            result.Add(new ValueDifference(kind, values, explanation));
        }

        return result;
    }

    /// <summary>True when the two outlets fall into different groups of <paramref name="difference"/>.</summary>
    public static bool Separates(ValueDifference difference, string a, string b)
    {
        ArgumentNullException.ThrowIfNull(difference);
        var va = difference.Values.FirstOrDefault(v => v.OutletId == a);
        var vb = difference.Values.FirstOrDefault(v => v.OutletId == b);
        return va is not null && vb is not null && !string.Equals(va.Value, vb.Value, StringComparison.Ordinal);
    }

    private static SlotDifference? Flip(SlotDifference? d) =>
        d is null ? null : d with { ValueA = d.ValueB, TextA = d.TextB, ValueB = d.ValueA, TextB = d.TextA };
}
