using Compare.Core.Domain;

namespace Compare.Reports.Model;

/// <summary>One fact (claim cluster) as a row of the coverage matrix.</summary>
/// <param name="ClusterId">The claim cluster.</param>
/// <param name="Title">One line for a reader: the summary of the fact's main finding, else the cluster label.</param>
/// <param name="Label">The cluster's representative sentence, or null when the comparison has no such cluster.</param>
/// <param name="Salience">0..1: the cluster's salience, or the highest of its findings.</param>
/// <param name="Findings">The findings about the fact, main one first.</param>
/// <param name="Cells">One state per outlet, in the order of <see cref="ReportModel.Outlets"/>.</param>
internal sealed record FactRow(
    string ClusterId,
    string Title,
    string? Label,
    double Salience,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<CoverageState> Cells)
{
    /// <summary>The finding a reader is sent to from the row, or null when the fact has none.</summary>
    public Finding? MainFinding => Findings.Count == 0 ? null : Findings[0];
}
