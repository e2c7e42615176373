using Compare.Core.Domain;

namespace Compare.Reports.Model;

/// <summary>Outlets that stand alone on a value of a difference while the others share one ("7-2" against three "6-3").</summary>
internal static class OddOneOut
{
    /// <summary>The outlets alone on some differing kind of the finding (none when no value is shared by several outlets).</summary>
    public static HashSet<string> Of(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var odd = new HashSet<string>(StringComparer.Ordinal);
        foreach (var difference in finding.Differences)
        {
            var groups = difference.Values.GroupBy(v => v.Value.Trim(), StringComparer.OrdinalIgnoreCase).ToList();
            if (groups.Count > 1 && groups.Count(g => g.Count() > 1) == 1)
            {
                odd.UnionWith(groups.Where(g => g.Count() == 1).SelectMany(g => g.Select(v => v.OutletId)));
            }
        }

        return odd;
    }

    /// <summary>The same for every differ finding of a fact.</summary>
    public static HashSet<string> Of(FactRow fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return fact.Findings.Where(f => f.Kind == FindingKind.Differ).SelectMany(Of).ToHashSet(StringComparer.Ordinal);
    }
}
