using Compare.Core.Domain;

namespace Compare.Reports.Model;

/// <summary>A comparison arranged the way every report format presents it, computed once per render.</summary>
/// <param name="Comparison">The comparison itself.</param>
/// <param name="Outlets">The outlets, in the comparison's order, then any outlet only a finding names.</param>
/// <param name="Facts">The facts, most salient first.</param>
/// <param name="Differences">Differ findings, most salient first.</param>
/// <param name="Omissions">Omitted findings, most salient first.</param>
/// <param name="Uniques">Unique findings, most salient first.</param>
/// <param name="Agreements">Agree findings, most salient first.</param>
/// <param name="FirstPublished">Earliest publication time of an article, or null when none is known.</param>
/// <param name="LastPublished">Latest publication time of an article, or null when none is known.</param>
internal sealed record ReportModel(
    Comparison Comparison,
    IReadOnlyList<OutletColumn> Outlets,
    IReadOnlyList<FactRow> Facts,
    IReadOnlyList<Finding> Differences,
    IReadOnlyList<Finding> Omissions,
    IReadOnlyList<Finding> Uniques,
    IReadOnlyList<Finding> Agreements,
    DateTimeOffset? FirstPublished,
    DateTimeOffset? LastPublished)
{
    private readonly Dictionary<string, OutletColumn> byId =
        Outlets.ToDictionary(o => o.Id, StringComparer.Ordinal);

    private readonly Dictionary<string, FactRow> factOfCluster =
        Facts.ToDictionary(f => f.ClusterId, StringComparer.Ordinal);

    /// <summary>The display name of an outlet (its id when the comparison does not name it).</summary>
    public string OutletName(string outletId) => byId.TryGetValue(outletId, out var o) ? o.Name : outletId;

    /// <summary>The omitted findings that list the outlet, most salient first.</summary>
    public IReadOnlyList<Finding> OmissionsOf(string outletId) =>
        Omissions.Where(f => f.Outlets.Contains(outletId, StringComparer.Ordinal)).ToList();

    /// <summary>The unique findings of the outlet, most salient first.</summary>
    public IReadOnlyList<Finding> UniquesOf(string outletId) =>
        Uniques.Where(f => f.Outlets.Contains(outletId, StringComparer.Ordinal)).ToList();

    /// <summary>
    /// The finding of the same fact that states it (differ, agree or unique), whose card carries the evidence an omission
    /// would repeat; null when the fact has none.
    /// </summary>
    public Finding? StatementOf(Finding omitted)
    {
        ArgumentNullException.ThrowIfNull(omitted);
        return factOfCluster.TryGetValue(omitted.ClusterId, out var fact)
            ? fact.Findings.FirstOrDefault(f => f.Kind != FindingKind.Omitted)
            : null;
    }

    /// <summary>The omitted findings shown on a statement's card: those of the same fact, when it is the fact's main statement.</summary>
    public IReadOnlyList<Finding> OmissionsBeside(Finding statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return factOfCluster.TryGetValue(statement.ClusterId, out var fact) && fact.Findings.FirstOrDefault(f => f.Kind != FindingKind.Omitted) == statement
            ? fact.Findings.Where(f => f.Kind == FindingKind.Omitted).ToList()
            : [];
    }

    /// <summary>The outlets that state the fact of a finding: those with evidence, else those the finding names.</summary>
    public IReadOnlyList<string> StatingOutlets(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var withEvidence = finding.Evidence.Select(e => e.OutletId).ToHashSet(StringComparer.Ordinal);
        if (finding.Kind != FindingKind.Omitted)
        {
            withEvidence.UnionWith(finding.Outlets);
        }

        return Outlets.Select(o => o.Id).Where(withEvidence.Contains).ToList();
    }
}
