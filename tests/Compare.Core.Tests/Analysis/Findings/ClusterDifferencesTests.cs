using Compare.Core.Analysis.Findings;
using Compare.Core.Domain;
using static Compare.Core.Tests.Analysis.Pairs.TestClaims;

namespace Compare.Core.Tests.Analysis.Findings;

public sealed class ClusterDifferencesTests
{
    private const string A = "The budget totals $1.42 billion.";
    private const string B = "The plan spends about $1.4 billion.";
    private const string C = "The plan totals $1.24 billion.";

    [Fact]
    public void Of_OneOutletWithAnotherTotal_GroupsTheOthersTogether()
    {
        var claims = new[]
        {
            Of("a", A, quantities: [Q(A, "$1.42 billion", 1.42e9, "USD")]),
            Of("b", B, quantities: [Q(B, "about $1.4 billion", 1.4e9, "USD", qualifier: QuantityQualifier.Approximate)]),
            Of("c", C, quantities: [Q(C, "$1.24 billion", 1.24e9, "USD")]),
        };

        var number = Assert.Single(ClusterDifferences.Of(claims));

        Assert.Equal(DifferenceKind.Number, number.Kind);
        Assert.False(ClusterDifferences.Separates(number, "a", "b"));
        Assert.True(ClusterDifferences.Separates(number, "a", "c"));
        Assert.True(ClusterDifferences.Separates(number, "b", "c"));
        Assert.Equal("$1.24 billion", number.Values.Single(v => v.OutletId == "c").Value);
        Assert.Equal("$1.24 billion", number.Values.Single(v => v.OutletId == "c").Text);
        Assert.Equal("$1.42 billion is 15% above $1.24 billion", number.Explanation);
    }

    [Fact]
    public void Of_SameFigureRoundedWithAbout_NoDifference()
    {
        var claims = new[]
        {
            Of("a", A, quantities: [Q(A, "$1.42 billion", 1.42e9, "USD")]),
            Of("b", B, quantities: [Q(B, "about $1.4 billion", 1.4e9, "USD", qualifier: QuantityQualifier.Approximate)]),
        };

        Assert.Empty(ClusterDifferences.Of(claims));
    }
}
