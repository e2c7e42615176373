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

    [Theory]
    [InlineData("$31.4 million", 31.4e6, "$31 million", 31e6, true)]
    [InlineData("$1.42 billion", 1.42e9, "$1.4 billion", 1.4e9, true)]
    [InlineData("$3.5 billion", 3.5e9, "$3 billion", 3e9, false)]
    [InlineData("$1.4 billion", 1.4e9, "$1 billion", 1e9, false)]
    [InlineData("34", 34, "30", 30, false)]
    [InlineData("19", 19, "18", 18, false)]
    [InlineData("3.84 percent", 3.84, "3.8 percent", 3.8, true)]
    [InlineData("3.5 percent", 3.5, "3 percent", 3, false)]
    public void Of_ExactFigureAndItsRoundingToTheOthersLastWrittenDigit(string textA, double a, string textB, double b, bool agree)
    {
        var unit = textA.StartsWith('$') ? "USD" : textA.Contains("percent", StringComparison.Ordinal) ? "percent" : "";
        var match = QuantityMatch.Of([Q(textA, textA, a, unit)], [Q(textB, textB, b, unit)]);

        Assert.Equal(agree, match.Agreeing);
        Assert.Equal(agree, match.Conflict is null);
    }

    [Fact]
    public void Of_SameFigureUnderAnotherNounBesideASecondFigure_NoConflict()
    {
        var a = Q("about 5,200 drivers", "about 5,200 drivers", 5200, "driver", qualifier: QuantityQualifier.Approximate);
        var b1 = Q("Some 4,000", "Some 4,000", 4000, "", qualifier: QuantityQualifier.Approximate);
        var b2 = Q("roughly 5,200 members", "roughly 5,200 members", 5200, "member", qualifier: QuantityQualifier.Approximate);

        Assert.Null(QuantityMatch.Of([a], [b1, b2]).Conflict);
    }

    [Fact]
    public void Of_ProportionInWords_ComparesWithPercentagesOnly()
    {
        var tenth = Q("more than a tenth", "more than a tenth", 0.1, "", qualifier: QuantityQualifier.AtLeast);
        var percent = Q("11.2 percent", "11.2 percent", 11.2, "percent");
        var price = Q("14.85 florins", "14.85 florins", 14.85, "florin");
        var third = Q("a third", "a third", 0.3333, "");

        Assert.True(QuantityMatch.Of([tenth], [percent]).Agreeing);
        Assert.Null(QuantityMatch.Of([tenth], [price]).Conflict);
        Assert.NotNull(QuantityMatch.Of([third], [percent]).Conflict);
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
