using Compare.Core.Domain;
using Compare.Core.Stories.Changes;

namespace Compare.Core.Tests.Stories.Changes;

public sealed class ComparisonDifferTests
{
    private static readonly DateTimeOffset T0 = new(2026, 6, 11, 9, 0, 0, TimeSpan.Zero);

    private static Claim Claim(string outlet, string text) =>
        new($"{outlet}#{text.Length}", outlet + "-a", outlet, new Uri($"https://{outlet}.example/a"), 0, text, 0, text.Length, 0.9, ClaimSlots.Empty);

    private static Evidence Evidence(Claim c) => new(c.OutletId, c.ArticleId, c.Url, c.Text, c.Start, c.Length);

    /// <summary>A comparison of one fact: who states it (and how), whether they differ on the number, who leaves it out.</summary>
    private static Comparison Compare(DateTimeOffset at, Claim[] claims, bool differ, string[] omitting)
    {
        var cluster = new ClaimCluster("c001", claims[0].Text, claims, 1);
        var stating = claims.Select(c => c.OutletId).Distinct().ToList();
        var differences = differ
            ? new[] { new ValueDifference(DifferenceKind.Number, stating.Select(o => new OutletValue(o, o == "a" ? "$350 million" : "$100 million", "gives", null)).ToList(), "$350 million vs $100 million") }
            : [];
        var findings = new List<Finding>
        {
            new("f001", differ ? FindingKind.Differ : stating.Count == 1 ? FindingKind.Unique : FindingKind.Agree, "c001", "fact", stating, differences,
                claims.Select(Evidence).ToList(), 0.9, 1),
        };
        if (omitting.Length > 0)
        {
            findings.Add(new Finding("f002", FindingKind.Omitted, "c001", "left out", omitting, [], claims.Select(Evidence).ToList(), 0.9, 1));
        }

        var outlets = stating.Concat(omitting).Select(o => new Outlet(o, o, new Uri($"https://{o}.example/"), "en")).ToList();
        return new Comparison("s-1", "Budget", at, outlets, [], [cluster], findings, [], new ComparisonMethod("1.0", "m", "p", []));
    }

    [Fact]
    public void Diff_OutletsCameToAgree_IsOneResolvedDifference()
    {
        var before = Compare(T0, [Claim("a", "Iran gives $350 million a year."), Claim("b", "Iran gives $100 million a year.")], differ: true, []);
        var after = Compare(T0.AddHours(1), [Claim("a", "Iran gives $100 million a year."), Claim("b", "Iran gives $100 million a year.")], differ: false, []);

        var diff = ComparisonDiffer.Diff(before, after);

        var change = Assert.Single(diff.Changes);
        Assert.Equal(FactChangeKind.ResolvedDifference, change.Kind);
        Assert.Equal(["a", "b"], change.Outlets);
        Assert.Contains("number", change.Detail, StringComparison.Ordinal);
        Assert.Equal("0 new differences, 1 resolved, 0 facts newly covered, 0 new omissions", diff.Summary);
    }

    [Fact]
    public void Diff_ThirdOutletStatesAFactDifferently_IsNewlyCoveredAndANewDifference()
    {
        var agreed = new[] { Claim("a", "Iran gives $350 million a year."), Claim("b", "Iran gives about $350 million a year.") };
        var before = Compare(T0, agreed, differ: false, []);
        var after = Compare(T0.AddHours(1), [.. agreed, Claim("c", "Iran gives $100 million a year.")], differ: true, []);

        var diff = ComparisonDiffer.Diff(before, after);

        Assert.Equal([FactChangeKind.NewDifference, FactChangeKind.NewlyCovered], diff.Changes.Select(c => c.Kind));
        Assert.Equal(["c"], diff.Changes[1].Outlets);
        Assert.Equal(1, diff.NewDifferences);
        Assert.Equal(1, diff.NewlyCovered);
    }

    [Fact]
    public void Diff_NewOmissions_NameTheOutletsAsReadersKnowThem()
    {
        var claims = new[] { Claim("a", "The council voted 6-3."), Claim("b", "The council voted 6-3 on Wednesday.") };
        var before = Compare(T0, claims, differ: false, []);
        var after = Compare(T0.AddHours(1), claims, differ: false, ["d", "e"]);
        after = after with { Outlets = [.. after.Outlets.Select(o => o.Id switch { "d" => o with { Name = "Dunmore Daily" }, "e" => o with { Name = "Eastgate Wire" }, _ => o })] };

        var change = Assert.Single(ComparisonDiffer.Diff(before, after).Changes);

        Assert.Equal(["d", "e"], change.Outlets);
        Assert.Equal("left out by Dunmore Daily and Eastgate Wire", change.Detail);
    }

    [Fact]
    public void Diff_NewOutletLeavesTheFactOut_IsANewOmission()
    {
        var claims = new[] { Claim("a", "The council voted 6-3."), Claim("b", "The council voted 6-3 on Wednesday.") };
        var before = Compare(T0, claims, differ: false, []);
        var after = Compare(T0.AddHours(1), claims, differ: false, ["d"]);

        var diff = ComparisonDiffer.Diff(before, after);

        var change = Assert.Single(diff.Changes);
        Assert.Equal(FactChangeKind.NewOmission, change.Kind);
        Assert.Equal(["d"], change.Outlets);
    }

    [Fact]
    public void Diff_SameComparisonTwice_HasNoChange()
    {
        var claims = new[] { Claim("a", "Iran gives $350 million a year."), Claim("b", "Iran gives $100 million a year.") };

        var diff = ComparisonDiffer.Diff(Compare(T0, claims, true, ["c"]), Compare(T0.AddHours(1), claims, true, ["c"]));

        Assert.Empty(diff.Changes);
        Assert.Equal(T0, diff.FromComparedAt);
    }
}
