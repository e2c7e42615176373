using Compare.Core.Analysis.Pairs;
using Compare.Core.Domain;
using static Compare.Core.Tests.Analysis.Pairs.TestClaims;

namespace Compare.Core.Tests.Analysis.Pairs;

public sealed class QuantityMatchTests
{
    [Fact]
    public void Of_ApproximateRoundingOfExactFigure_Agrees()
    {
        var a = Q("$154 million", "$154 million", 154e6, "USD");
        var b = Q("roughly $150 million", "roughly $150 million", 150e6, "USD", qualifier: QuantityQualifier.Approximate);

        var match = QuantityMatch.Of([a], [b]);

        Assert.True(match.Agreeing);
        Assert.Null(match.Conflict);
    }

    [Fact]
    public void Of_TwoExactFiguresTwoPercentApart_Conflict()
    {
        var a = Q("$1.42 billion", "$1.42 billion", 1.42e9, "USD");
        var b = Q("$1.39 billion", "$1.39 billion", 1.39e9, "USD");

        Assert.NotNull(QuantityMatch.Of([a], [b]).Conflict);
    }

    [Fact]
    public void Of_MoreThanBoundBelowTheOtherFigure_Conflict()
    {
        var a = Q("more than $200 million", "more than $200 million", 200e6, "USD", qualifier: QuantityQualifier.AtLeast);
        var b = Q("$154 million", "$154 million", 154e6, "USD");

        Assert.NotNull(QuantityMatch.Of([a], [b]).Conflict);
    }

    [Fact]
    public void Of_ApproximateSeventyAgainstApproximateHundred_ConflictExplainedAsThirtyPercentBelow()
    {
        var a = Q("around $70 million a year", "around $70 million a year", 70e6, "USD", "year", QuantityQualifier.Approximate);
        var b = Q("about $100 million a year", "about $100 million a year", 100e6, "USD", "year", QuantityQualifier.Approximate);

        var match = QuantityMatch.Of([a], [b]);

        Assert.NotNull(match.Conflict);
        Assert.Equal("about $70 million a year is 30% below about $100 million a year", QuantityMatch.Explain(a, b));
    }

    [Fact]
    public void Of_DifferentUnits_NotComparable()
    {
        var a = Q("45 percent", "45 percent", 45, "percent");
        var b = Q("$45 million", "$45 million", 45e6, "USD");

        var match = QuantityMatch.Of([a], [b]);

        Assert.False(match.Comparable);
        Assert.Null(match.Conflict);
    }

    [Fact]
    public void Of_ExtraFigureOnOneSide_NoConflict()
    {
        var confirmed = Q("47 confirmed", "47", 47, "case");
        var suspected = Q("132 suspected", "132", 132, "case");
        var other = Q("47 cases", "47", 47, "case");

        Assert.Null(QuantityMatch.Of([confirmed, suspected], [other]).Conflict);
    }
}
