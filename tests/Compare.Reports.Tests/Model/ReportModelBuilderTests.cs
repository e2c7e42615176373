using Compare.Core.Domain;
using Compare.Reports.Model;
using Compare.Reports.Tests.Fixtures;

namespace Compare.Reports.Tests.Model;

public sealed class ReportModelBuilderTests
{
    private static readonly ReportModel Model = ReportModelBuilder.Build(PortAlderBudget.Create());

    [Fact]
    public void Build_PortAlder_OutletTalliesCountFactsPerState()
    {
        // From the fact sheet: Northline states 10 facts (3 alike, 6 differently, 1 alone) and leaves out 7.
        var tallies = Model.Outlets.ToDictionary(o => o.Id, o => o.Tally);

        Assert.Equal(new OutletTally(7, 9, 0, 0), tallies[PortAlderBudget.Hc]);
        Assert.Equal(new OutletTally(3, 6, 7, 1), tallies[PortAlderBudget.Nn]);
        Assert.Equal(new OutletTally(5, 8, 3, 1), tallies[PortAlderBudget.Mp]);
        Assert.Equal(new OutletTally(7, 9, 0, 1), tallies[PortAlderBudget.Cl]);
    }

    [Fact]
    public void Build_FactWithAgreeAndOmittedFindings_CombinesBothInOneRow()
    {
        var row = Model.Facts.Single(f => f.ClusterId == "c10");

        Assert.Equal([CoverageState.Agree, CoverageState.Omitted, CoverageState.Omitted, CoverageState.Agree], row.Cells);
        Assert.Equal(FindingKind.Agree, row.MainFinding!.Kind);
    }

    [Fact]
    public void Build_FindingNamesUnknownOutletAndCluster_AddsColumnAndRow()
    {
        var comparison = PortAlderBudget.Create();
        var stray = new Finding("f900", FindingKind.Unique, "c900", "A stray fact", ["ghost-outlet"], [],
            [new Evidence("ghost-outlet", "g1", new Uri("https://ghost.example/a"), "Boo.", 0, 4)], 0.5, 0.99);
        var model = ReportModelBuilder.Build(comparison with { Findings = [.. comparison.Findings, stray] });

        var ghost = model.Outlets[^1];
        Assert.Equal(("ghost-outlet", "ghost-outlet"), (ghost.Id, ghost.Name));
        var first = model.Facts[0];
        Assert.Equal("c900", first.ClusterId);
        Assert.Equal(CoverageState.Unique, first.Cells[^1]);
        Assert.All(first.Cells.Take(4), c => Assert.Equal(CoverageState.NotStated, c));
    }

    [Fact]
    public void Build_ClusterWithoutFinding_MarksItsOutletsAsAgreeing()
    {
        var comparison = PortAlderBudget.Create();
        var model = ReportModelBuilder.Build(comparison with { Findings = comparison.Findings.Where(f => f.ClusterId != "c09").ToList() });

        var row = model.Facts.Single(f => f.ClusterId == "c09");
        Assert.Null(row.MainFinding);
        Assert.All(row.Cells, c => Assert.Equal(CoverageState.Agree, c));
    }
}
