using Compare.Core.Analysis.Pairs;
using Compare.Core.Domain;
using Compare.Core.Tests.Analysis.Slots;
using static Compare.Core.Tests.Analysis.Pairs.TestClaims;

namespace Compare.Core.Tests.Analysis.Pairs;

public sealed class QuantityMatchTests
{
    [Fact]
    public void Of_AgeAgainstALoneCount_NotComparable()
    {
        // "Vallen, 71, said ..." against "Two club directors said ...": an age counts nothing.
        var age = Q("Vallen, 71, said he was selling.", "71", 71, "years of age");
        var count = Q("Two club directors said so.", "Two club directors", 2, "director");

        var match = QuantityMatch.Of([age], [count]);

        Assert.False(match.Comparable);
        Assert.Null(match.Conflict);
    }

    [Fact]
    public void Of_MultipleAgainstAMeasure_NotComparable()
    {
        // "40 times the legal limit" against "0.2 milligrams of cyanide per litre": a multiple is no amount.
        var multiple = Q("Samples contained cyanide at 40 times the legal limit.", "40 times", 40, "times");
        var measure = Q("Samples held 0.2 milligrams of cyanide.", "0.2 milligrams", 0.2, "milligram");
        var bare = Q("The count was 40.", "40", 40, "");

        Assert.False(QuantityMatch.Of([multiple], [measure]).Comparable);
        Assert.False(QuantityMatch.Of([multiple], [bare]).Comparable);
        Assert.True(QuantityMatch.Of([multiple], [Q("forty times the limit", "forty times", 40, "times")]).Agreeing);
    }

    [Theory]
    [InlineData(3.4, 5, false)]
    [InlineData(5, 5, true)]
    public void Of_TwoUpperBounds_CompareTheirMaxima(double a, double b, bool agree)
    {
        // "up to 3.4 times the acceptable intake" against "up to five times the safe limit": two different maxima.
        var qa = Q("up to a", "up to a", a, "times", qualifier: QuantityQualifier.AtMost);
        var qb = Q("up to b", "up to b", b, "times", qualifier: QuantityQualifier.AtMost);

        var match = QuantityMatch.Of([qa], [qb]);

        Assert.Equal(agree, match.Agreeing);
        Assert.Equal(agree, match.Conflict is null);
    }

    [Fact]
    public void Of_UpperBoundAgainstAFigureBelowIt_Agrees()
    {
        var bound = Q("up to 5,000 troops", "up to 5,000 troops", 5000, "troop", qualifier: QuantityQualifier.AtMost);
        var figure = Q("4,000 troops", "4,000 troops", 4000, "troop");

        Assert.True(QuantityMatch.Of([bound], [figure]).Agreeing);
    }

    [Fact]
    public void Of_AgeAgainstTheSameBareNumber_Agrees()
    {
        var age = Q("Stolvik, 51, has been finance minister since 2021.", "51", 51, "years of age");
        var bare = Q("She's 51.", "51", 51, "");

        var match = QuantityMatch.Of([age], [bare]);

        Assert.True(match.Agreeing);
        Assert.Null(match.Conflict);
    }

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
    [InlineData("11.8 tonnes", 11.8, "twelve tonnes", 12, true)]
    [InlineData("14 hours and 48 minutes", 14.8, "fifteen hours", 15, true)]
    [InlineData("12.6 tonnes", 12.6, "twelve tonnes", 12, false)]
    [InlineData("3.8 percent", 3.8, "4 percent", 4, false)]
    public void Of_ExactFigureAndItsRoundingToTheOthersLastWrittenDigit(string textA, double a, string textB, double b, bool agree)
    {
        var unit = textA.StartsWith('$') ? "USD" : textA.Contains("percent", StringComparison.Ordinal) ? "percent"
            : textA.Contains("tonnes", StringComparison.Ordinal) ? "tonne" : textA.Contains("hours", StringComparison.Ordinal) ? "hour" : "";
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

    [Theory]
    [InlineData("about 1,200 people", 1200, "some 1,100 people", 1100, QuantityQualifier.Approximate, false)]
    [InlineData("about 41 percent", 41, "38.1 percent", 38.1, QuantityQualifier.Exact, false)]
    [InlineData("about 40 percent", 40, "38.1 percent", 38.1, QuantityQualifier.Exact, true)]
    [InlineData("about 1,200 people", 1200, "1,163 people", 1163, QuantityQualifier.Exact, true)]
    [InlineData("about 42,000 vehicles", 42000, "more than 48,000 vehicles", 48000, QuantityQualifier.AtLeast, false)]
    [InlineData("about 5,000 homes", 5000, "5,400 homes", 5400, QuantityQualifier.Exact, true)]
    [InlineData("about 85,000 people", 85000, "84,000 people", 84000, QuantityQualifier.Exact, true)]
    [InlineData("about 15 batches", 15, "16 batches", 16, QuantityQualifier.Exact, true)]
    [InlineData("about 7.9 gigawatts", 7.9, "7.26 gigawatts", 7.26, QuantityQualifier.Exact, false)]
    public void Of_ApproximateFigure_AllowsWhatRoundsToIt(
        string textA, double a, string textB, double b, QuantityQualifier qualifierB, bool agree)
    {
        var unit = textA.Contains("percent", StringComparison.Ordinal) ? "percent" : textA.Split(' ')[^1].TrimEnd('s');
        var qa = Q(textA, textA, a, unit, qualifier: QuantityQualifier.Approximate);
        var qb = Q(textB, textB, b, unit, qualifier: qualifierB);

        var match = QuantityMatch.Of([qa], [qb]);

        Assert.Equal(agree, match.Agreeing);
        Assert.Equal(agree, match.Conflict is null);
    }

    [Theory]
    [InlineData("60 days", 60, "day", "three months", 3, "month", false)]
    [InlineData("two weeks", 2, "week", "14 days", 14, "day", true)]
    [InlineData("three months", 3, "month", "90 days", 90, "day", true)]
    [InlineData("7,900 MW", 7900, "MW", "7.9 gigawatts", 7.9, "GW", true)]
    [InlineData("7,260 MW", 7260, "MW", "7.9 gigawatts", 7.9, "GW", false)]
    [InlineData("1.5 kilometres", 1.5, "kilometre", "1,500 metres", 1500, "metre", true)]
    [InlineData("2 kilograms", 2, "kilogram", "3 tonnes", 3, "tonne", false)]
    [InlineData("0.2 milligrams", 0.2, "milligram", "200 micrograms", 200, "microgram", true)]
    [InlineData("0.2 milligrams", 0.2, "milligram", "0.005 milligrams", 0.005, "milligram", false)]
    [InlineData("40 centimetres", 40, "centimetre", "0.4 metres", 0.4, "metre", true)]
    [InlineData("250 millilitres", 250, "millilitre", "a quarter of a litre", 0.25, "litre", true)]
    public void Of_FiguresInUnitsOfOneDimension_AreComparedInOneUnit(
        string textA, double a, string unitA, string textB, double b, string unitB, bool agree)
    {
        var match = QuantityMatch.Of([Q(textA, textA, a, unitA)], [Q(textB, textB, b, unitB)]);

        Assert.True(match.Comparable);
        Assert.Equal(agree, match.Agreeing);
        Assert.Equal(agree, match.Conflict is null);
    }

    [Fact]
    public void Explain_FiguresInDifferentUnits_ComparesThemInOneUnit()
    {
        var a = Q("60 days", "60 days", 60, "day");
        var b = Q("three months", "three months", 3, "month");

        Assert.Equal("60 days is 34% below 3 months", QuantityMatch.Explain(a, b));
    }

    [Fact]
    public void Of_OneCountOnEachSide_ComparedWhateverTheNoun()
    {
        var vehicles = Q("About 42,000 vehicles", "About 42,000 vehicles", 42000, "vehicle", per: "day",
            qualifier: QuantityQualifier.Approximate);
        var drivers = Q("more than 48,000 drivers", "more than 48,000 drivers", 48000, "driver", qualifier: QuantityQualifier.AtLeast);
        var planes = Q("eight planes", "eight planes", 8, "plane");
        var crew = Q("six crew", "six crew", 6, "crew");
        var passengers = Q("176 passengers", "176 passengers", 176, "passenger");

        Assert.NotNull(QuantityMatch.Of([vehicles], [drivers]).Conflict);

        // With two counts on one side, each is compared only with a count of its own noun.
        Assert.Null(QuantityMatch.Of([planes], [passengers, crew]).Conflict);
        Assert.False(QuantityMatch.Of([planes], [passengers, crew]).Comparable);
    }

    [Fact]
    public void Of_FigureWithoutUnitAgainstAMeasureOrDuration_NotComparable()
    {
        var magnitude = Q("magnitude 6.4", "6.4", 6.4, "");
        var days = Q("two days", "two days", 2, "day");
        var seconds = Q("less than thirty seconds", "less than thirty seconds", 30, "second", qualifier: QuantityQualifier.AtMost);
        var dead = Q("62 dead", "62", 62, "");
        var killed = Q("57 people", "57 people", 57, "person");

        Assert.False(QuantityMatch.Of([magnitude], [days]).Comparable);
        Assert.False(QuantityMatch.Of([seconds], [magnitude]).Comparable);
        Assert.NotNull(QuantityMatch.Of([dead], [killed]).Conflict);
    }

    [Fact]
    public void Of_ApproximateFigureInAnotherUnit_KeepsItsOwnRounding()
    {
        var months = Q("about three months", "about three months", 3, "month", qualifier: QuantityQualifier.Approximate);

        Assert.True(QuantityMatch.Of([months], [Q("95 days", "95 days", 95, "day")]).Agreeing);
        Assert.NotNull(QuantityMatch.Of([months], [Q("60 days", "60 days", 60, "day")]).Conflict);
    }

    [Fact]
    public void SameFigure_OneNamedUnitAndAgreeingValues()
    {
        const string Lead = "Stolvik won the leadership with 52.6 percent of the votes cast.";
        var share = Q(Lead, "52.6 percent", 52.6, "percent");
        var passengers = Q("The jet carried 176 passengers.", "176 passengers", 176, "passenger");

        Assert.True(QuantityMatch.SameFigure(share, Q("Stolvik received 41,208 votes, or 52.6 percent.", "52.6 percent", 52.6, "percent")));
        Assert.True(QuantityMatch.SameFigure(passengers, Q("On board were a hundred and seventy-six passengers.", "a hundred and seventy-six passengers", 176, "passengers")));
        Assert.False(QuantityMatch.SameFigure(share, Q("Turnout was 61.3 percent.", "61.3 percent", 61.3, "percent")));
        Assert.False(QuantityMatch.SameFigure(passengers, Q("It has 176 seats.", "176 seats", 176, "seat")));
        Assert.False(QuantityMatch.SameFigure(Q("Flight 176 landed.", "176", 176, ""), Q("Flight 176 left.", "176", 176, "")));
    }

    [Theory]
    [InlineData("The council sent an eight-year transit levy to voters.", true)]
    [InlineData("Most economists had not seen a half-point move coming.", true)]
    [InlineData("Sana Morrow, a 34-year-old nurse, is one of them.", true)]
    [InlineData("A rocket carrying a 310-million-crown satellite broke apart.", true)]
    [InlineData("Now they face a 14-kilometre detour.", true)]
    [InlineData("The twenty-three miners on that stretch were cut off.", false)]
    [InlineData("It lowered its main rate by half a percentage point.", false)]
    [InlineData("The order covers fourteen batches.", false)]
    public void IsModifier_AFigureHyphenatedToItsNoun(string sentence, bool modifier)
    {
        var figure = Assert.Single(SlotText.Quantities(sentence));

        Assert.Equal(modifier, QuantityMatch.IsModifier(figure));
    }

    [Fact]
    public void Distinctive_FigureGivenNoMoreOftenThanOncePerOutlet()
    {
        const string Lead = "The recall covers 14 batches of the 80 mg tablet.";
        var story = new[]
        {
            Of("a", Lead, quantities: [Q(Lead, "14 batches", 14, "batch"), Q(Lead, "80 mg", 80, "milligram")]),
            Of("b", "Fourteen batches of the 80 mg pill are affected.", quantities: [Q("Fourteen batches of the 80 mg pill are affected.", "Fourteen batches", 14, "batch"),
                Q("Fourteen batches of the 80 mg pill are affected.", "80 mg", 80, "milligram")]),
            Of("b", "Only the 80 mg strength is recalled.", quantities: [Q("Only the 80 mg strength is recalled.", "80 mg", 80, "milligram")], index: 1),
            Of("a", "The 80 mg tablet treats blood pressure.", quantities: [Q("The 80 mg tablet treats blood pressure.", "80 mg", 80, "milligram")], index: 1),
        };

        var distinctive = QuantityMatch.Distinctive(story)[0];

        // Two outlets: "14 batches" is given twice, "80 mg" four times.
        Assert.Equal(["14 batches"], distinctive.Select(q => q.Text));
    }
}
