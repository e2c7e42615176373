using Compare.Core.Analysis.Alignment;
using Compare.Core.Analysis.Pairs;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Findings;

/// <summary>
/// The differences within one cluster, per kind: each outlet's representative claim is compared slot by slot with
/// every other outlet's; on each kind the outlets fall into groups, and every outlet's value is shown with the words
/// that carry it.
/// </summary>
internal static class ClusterDifferences
{
    /// <summary>
    /// The differences among <paramref name="representatives"/>, one per outlet. <paramref name="links"/> (by position, or
    /// null when none did) says which of them joined the cluster as a second fact they state, and how; such a sentence is
    /// compared only on what it shares with the fact (<see cref="Compared"/>).
    /// </summary>
    public static IReadOnlyList<ValueDifference> Of(IReadOnlyList<Claim> representatives, IReadOnlyList<SecondFactLink?>? links = null)
    {
        var n = representatives.Count;
        var pairs = new Dictionary<(int, int), IReadOnlyList<SlotDifference>>();
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var (li, lj) = (links?[i], links?[j]);
                pairs[(i, j)] = [.. SlotComparer.Compare(representatives[i], representatives[j]).Where(d => Compared(li, d.Kind) && Compared(lj, d.Kind))];
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

            var groups = Groups(n, (i, j) => Between(i, j) is not null);
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
                var first = g.Select(m => own[m]?.Value).FirstOrDefault(v => v is not null);
                var groupValue = first ?? "same as the others";
                if (!used.Add(groupValue))
                {
                    groupValue = $"{groupValue} ({representatives[g[0]].OutletId})";
                    used.Add(groupValue);
                }

                // "about $1.4 billion" grouped with "$1.42 billion": the group shows one value, each outlet keeps its own.
                foreach (var m in g)
                {
                    var stated = own[m]?.Value is { } mine && !string.Equals(mine, first, StringComparison.Ordinal) ? mine : null;
                    values[m] = new OutletValue(representatives[m].OutletId, groupValue, own[m]?.Text ?? string.Empty,
                        representatives[m].Slots.Attribution?.Source, stated);
                }
            }

            var explanation = Between(groups[0][0], groups[1][0])?.Explanation ?? string.Empty;
            result.Add(new ValueDifference(kind, values, explanation));
        }

        return result;
    }

    /// <summary>
    /// Whether a sentence linked to the cluster so is compared on <paramref name="kind"/>. One that states the fact as its
    /// own (no link) is compared on every kind. One that a shared figure tied to the fact is compared on figures only: the
    /// rest of it is another fact's. One that states the fact besides another is compared on all but source and actor, since
    /// the speaker and the actor of such a sentence are its main clause's, which may be the other fact's ("The police put it
    /// at about 85,000, while the unions claimed more than 300,000").
    /// </summary>
    internal static bool Compared(SecondFactLink? link, DifferenceKind kind) => link switch
    {
        null => true,
        SecondFactLink.Figure => kind == DifferenceKind.Number,
        _ => kind is not (DifferenceKind.Attribution or DifferenceKind.Actor),
    };

    /// <summary>
    /// The outlets' grouping on one kind. Pairwise agreement is not transitive (an outlet that gives no figure agrees with
    /// two outlets whose figures differ), so no grouping may honour every pair; the one chosen honours the most: fewest
    /// differing pairs put together (weight 1) plus agreeing pairs put apart (weight 0.9, so a difference is never hidden
    /// to keep two agreeing outlets together), ties to the earliest grouping in the order outlets join groups. Every
    /// grouping of up to <see cref="ExactLimit"/> outlets is tried (4,140 for 8); beyond that each outlet joins the first
    /// group it agrees with entirely. Written by hand: the search is a few lines and no package does it.
    /// </summary>
    internal static List<List<int>> Groups(int n, Func<int, int, bool> differ)
    {
        var d = new bool[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                d[i, j] = i != j && differ(i, j);
            }
        }

        if (n > ExactLimit)
        {
            var greedy = new List<List<int>>();
            for (var i = 0; i < n; i++)
            {
                var home = greedy.FirstOrDefault(g => g.All(m => !d[m, i]));
                if (home is null)
                {
                    greedy.Add([i]);
                }
                else
                {
                    home.Add(i);
                }
            }

            return greedy;
        }

        // Restricted growth strings: label[i] is the group of outlet i, at most one more than the largest label before it.
        var label = new int[n];
        var best = (int[])label.Clone();
        var bestCost = double.MaxValue;
        void Search(int i, int groups, double cost)
        {
            if (cost >= bestCost)
            {
                return;
            }

            if (i == n)
            {
                (bestCost, best) = (cost, (int[])label.Clone());
                return;
            }

            for (var g = 0; g <= groups; g++)
            {
                label[i] = g;
                var added = 0.0;
                for (var j = 0; j < i; j++)
                {
                    added += label[j] == g ? (d[i, j] ? 1.0 : 0.0) : (d[i, j] ? 0.0 : 0.9);
                }

                Search(i + 1, Math.Max(groups, g + 1), cost + added);
            }
        }

        Search(0, 0, 0);
        return [.. Enumerable.Range(0, n).GroupBy(i => best[i]).OrderBy(g => g.Key).Select(g => g.ToList())];
    }

    /// <summary>Most outlets whose groupings on a kind are all tried.</summary>
    internal const int ExactLimit = 8;

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
