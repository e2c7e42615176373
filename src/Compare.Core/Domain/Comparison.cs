namespace Compare.Core.Domain;

/// <summary>The result of comparing the articles of one story: the plain record every report, RPC and command is made from.</summary>
/// <param name="StoryId">The story compared.</param>
/// <param name="Label">The story's label.</param>
/// <param name="ComparedAt">When the comparison was computed.</param>
/// <param name="Outlets">The outlets compared.</param>
/// <param name="Articles">The articles compared.</param>
/// <param name="Clusters">Facts: claims aligned across outlets.</param>
/// <param name="Findings">What is concluded about each fact.</param>
/// <param name="PairAgreement">Agreement for every pair of outlets.</param>
/// <param name="Method">How claims were matched and judged, for the report's method note.</param>
public sealed record Comparison(
    string StoryId,
    string Label,
    DateTimeOffset ComparedAt,
    IReadOnlyList<Outlet> Outlets,
    IReadOnlyList<ComparedArticle> Articles,
    IReadOnlyList<ClaimCluster> Clusters,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<OutletPairAgreement> PairAgreement,
    ComparisonMethod Method)
{
    /// <summary>Number of findings of each kind.</summary>
    public IReadOnlyDictionary<FindingKind, int> CountsByKind =>
        Enum.GetValues<FindingKind>().ToDictionary(k => k, k => Findings.Count(f => f.Kind == k));

    /// <summary>Number of differences of each kind (a finding differing on two kinds counts for both).</summary>
    public IReadOnlyDictionary<DifferenceKind, int> DifferencesByKind =>
        Enum.GetValues<DifferenceKind>().ToDictionary(k => k, k => Findings.Count(f => f.Differences.Any(d => d.Kind == k)));
}
