using Compare.Core.Domain;

namespace Compare.Reports.Model;

/// <summary>Builds the rows of the coverage matrix: one per fact, a state per outlet.</summary>
internal static class FactRowBuilder
{
    /// <summary>One row per claim cluster and per cluster id that only a finding names, most salient first.</summary>
    public static IReadOnlyList<FactRow> Build(Comparison comparison, IReadOnlyList<string> outletIds)
    {
        var clusters = new Dictionary<string, ClaimCluster>(StringComparer.Ordinal);
        foreach (var cluster in comparison.Clusters)
        {
            clusters.TryAdd(cluster.Id, cluster);
        }

        var findingsByCluster = comparison.Findings
            .GroupBy(f => f.ClusterId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(f => Rank(f.Kind)).ThenByDescending(f => f.Salience).ToList(), StringComparer.Ordinal);
        var clusterIds = clusters.Keys.Concat(findingsByCluster.Keys).Distinct(StringComparer.Ordinal);

        return clusterIds
            .Select(id => Row(id, clusters.GetValueOrDefault(id), findingsByCluster.GetValueOrDefault(id) ?? [], outletIds))
            .OrderByDescending(r => r.Salience)
            .ThenBy(r => r.ClusterId, StringComparer.Ordinal)
            .ToList();
    }

    private static FactRow Row(string clusterId, ClaimCluster? cluster, List<Finding> findings, IReadOnlyList<string> outletIds)
    {
        var states = new Dictionary<string, CoverageState>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            var state = StateOf(finding.Kind);
            foreach (var outlet in finding.Outlets)
            {
                if (!states.TryGetValue(outlet, out var current) || Rank(state) < Rank(current))
                {
                    states[outlet] = state;
                }
            }
        }

        // An outlet that states the fact (a claim of the cluster, or evidence) but that no finding names has no
        // difference reported: it agrees when others state the fact too, else it is the only one.
        var stating = (cluster?.OutletIds ?? [])
            .Concat(findings.SelectMany(f => f.Evidence.Select(e => e.OutletId)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var outlet in stating.Where(o => !states.TryGetValue(o, out var s) || s == CoverageState.Omitted))
        {
            states[outlet] = stating.Count > 1 ? CoverageState.Agree : CoverageState.Unique;
        }

        var title = findings.Select(f => f.Summary).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s))
            ?? (string.IsNullOrWhiteSpace(cluster?.Label) ? clusterId : cluster.Label);
        var salience = findings.Select(f => f.Salience).Append(cluster?.Salience ?? 0).Max();
        var cells = outletIds.Select(o => states.GetValueOrDefault(o, CoverageState.NotStated)).ToList();
        return new FactRow(clusterId, title, cluster?.Label, salience, findings, cells);
    }

    private static CoverageState StateOf(FindingKind kind) => kind switch
    {
        FindingKind.Agree => CoverageState.Agree,
        FindingKind.Differ => CoverageState.Differ,
        FindingKind.Omitted => CoverageState.Omitted,
        FindingKind.Unique => CoverageState.Unique,
        _ => CoverageState.NotStated,
    };

    // Which state wins when an outlet is named by several findings of one fact: a difference over an agreement,
    // any statement over an omission.
    private static int Rank(FindingKind kind) => Rank(StateOf(kind));

    private static int Rank(CoverageState state) => state switch
    {
        CoverageState.Differ => 0,
        CoverageState.Agree => 1,
        CoverageState.Unique => 2,
        CoverageState.Omitted => 3,
        _ => 4,
    };
}
