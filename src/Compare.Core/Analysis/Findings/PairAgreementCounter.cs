using Compare.Core.Domain;

namespace Compare.Core.Analysis.Findings;

/// <summary>For every pair of outlets, the facts both state and on how many they agree or differ.</summary>
internal static class PairAgreementCounter
{
    public static IReadOnlyList<OutletPairAgreement> Count(IReadOnlyList<string> outlets, IReadOnlyList<Finding> findings)
    {
        var ordered = outlets.Order(StringComparer.Ordinal).ToList();
        var stated = findings.Where(f => f.Kind is FindingKind.Agree or FindingKind.Differ).ToList();
        var result = new List<OutletPairAgreement>();
        for (var x = 0; x < ordered.Count; x++)
        {
            for (var y = x + 1; y < ordered.Count; y++)
            {
                var (a, b) = (ordered[x], ordered[y]);
                var shared = stated.Where(f => f.Outlets.Contains(a) && f.Outlets.Contains(b)).ToList();
                var differ = shared.Count(f => f.Differences.Any(d => ClusterDifferences.Separates(d, a, b)));
                result.Add(new OutletPairAgreement(a, b, shared.Count, shared.Count - differ, differ));
            }
        }

        return result;
    }
}
