using Compare.Core.Analysis.Alignment;
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
    public void Of_OutletsGroupedTogether_EachKeepsTheValueAsItStatesIt()
    {
        // "about $1.4 billion" counts with "$1.42 billion"; the group shows one value, but b said its own.
        var claims = new[]
        {
            Of("a", A, quantities: [Q(A, "$1.42 billion", 1.42e9, "USD")]),
            Of("b", B, quantities: [Q(B, "about $1.4 billion", 1.4e9, "USD", qualifier: QuantityQualifier.Approximate)]),
            Of("c", C, quantities: [Q(C, "$1.24 billion", 1.24e9, "USD")]),
        };

        var values = Assert.Single(ClusterDifferences.Of(claims)).Values.ToDictionary(v => v.OutletId);

        Assert.Equal(("$1.42 billion", null), (values["a"].Value, values["a"].Stated));
        Assert.Equal(("$1.42 billion", "about $1.4 billion"), (values["b"].Value, values["b"].Stated));
        Assert.Equal("about $1.4 billion (grouped with $1.42 billion)", values["b"].Shown);
        Assert.Equal("about $1.4 billion", values["b"].Text);
        Assert.Equal(("$1.24 billion", null), (values["c"].Value, values["c"].Stated));
        Assert.Equal("$1.24 billion", values["c"].Shown);
    }

    [Fact]
    public void Of_OutletAgreeingWithBothSides_GroupedWhereItBreaksFewestPairs()
    {
        // "about 15" agrees with 14 and with 16; 14 and 16 differ. Putting it with the two 16s parts one agreeing pair
        // (a, b); putting it with 14 would part two (b, c and b, d).
        const string T = "The recall covers {0} batches.";
        Claim Batches(string outlet, string words, double value, QuantityQualifier qualifier = QuantityQualifier.Exact)
        {
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, T, words);
            return Of(outlet, text, quantities: [Q(text, words, value, "batches", qualifier: qualifier)]);
        }

        var claims = new[] { Batches("a", "14", 14), Batches("b", "about 15", 15, QuantityQualifier.Approximate), Batches("c", "16", 16), Batches("d", "16", 16) };

        var number = Assert.Single(ClusterDifferences.Of(claims));

        Assert.True(ClusterDifferences.Separates(number, "a", "c"));
        Assert.True(ClusterDifferences.Separates(number, "a", "d"));
        Assert.False(ClusterDifferences.Separates(number, "b", "c"));
        Assert.False(ClusterDifferences.Separates(number, "b", "d"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(12)]
    public void Groups_DifferingPairsNeverShareAGroupWhenAgreementIsTransitive(int n)
    {
        // Outlets state value i % 3: a consistent grouping exists and must be found, exactly or greedily.
        var groups = ClusterDifferences.Groups(n, (i, j) => i % 3 != j % 3);

        Assert.Equal(Math.Min(n, 3), groups.Count);
        Assert.All(groups, g => Assert.Single(g.Select(i => i % 3).Distinct()));
        Assert.Equal(Enumerable.Range(0, n), groups.SelectMany(g => g).Order());
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

    [Fact]
    public void Of_SentenceTiedByAFigure_ComparedOnFiguresOnly()
    {
        // A lead that states the election and, by its share, the count; the count's own sentences say nothing of the day or
        // the source, and one of them gives another share.
        const string Lead = "The party elected Stolvik as its leader on Saturday with 52.6 percent of the votes, the party said.";
        const string Count = "Stolvik received 41,208 votes, or 52.6 percent, on Sunday.";
        const string Other = "She got 51 percent of the votes.";
        var claims = new[]
        {
            Of("a", Lead, quantities: [Q(Lead, "52.6 percent", 52.6, "percent")],
                dates: [D(Lead, "Saturday", new(2026, 12, 12), new(2026, 12, 12), DateGranularity.Day)],
                attribution: new Attribution("the party", "said", "the party said")),
            Of("b", Count, quantities: [Q(Count, "41,208 votes", 41208, "vote"), Q(Count, "52.6 percent", 52.6, "percent")],
                dates: [D(Count, "Sunday", new(2026, 12, 13), new(2026, 12, 13), DateGranularity.Day)]),
            Of("c", Other, quantities: [Q(Other, "51 percent", 51, "percent")]),
        };

        // Compared as its own fact, the lead's day differs from the count's.
        Assert.Contains(ClusterDifferences.Of(claims), d => d.Kind == DifferenceKind.Date && ClusterDifferences.Separates(d, "a", "b"));

        var differences = ClusterDifferences.Of(claims, [SecondFactLink.Figure, null, null]);

        var number = Assert.Single(differences);
        Assert.Equal(DifferenceKind.Number, number.Kind);
        Assert.False(ClusterDifferences.Separates(number, "a", "b"));
        Assert.True(ClusterDifferences.Separates(number, "a", "c"));
    }

    [Fact]
    public void Of_SentenceStatingTheFactBesidesAnother_NotComparedOnItsSource()
    {
        const string Both = "The police put the crowd at about 85,000, while the unions claimed more than 300,000.";
        const string Unions = "The unions say 310,000 people marched, the federation said.";
        var claims = new[]
        {
            Of("a", Both, quantities: [Q(Both, "about 85,000", 85000, "", qualifier: QuantityQualifier.Approximate),
                Q(Both, "more than 300,000", 300000, "", qualifier: QuantityQualifier.AtLeast)],
                attribution: new Attribution("police", "put", "The police put")),
            Of("b", Unions, quantities: [Q(Unions, "310,000 people", 310000, "person")], attribution: new Attribution("the federation", "said", "the federation said")),
        };

        Assert.Contains(ClusterDifferences.Of(claims), d => d.Kind == DifferenceKind.Attribution);

        Assert.DoesNotContain(ClusterDifferences.Of(claims, [SecondFactLink.Meaning, null]), d => d.Kind == DifferenceKind.Attribution);
    }

    [Theory]
    [InlineData(null, true, true, true)]
    [InlineData("Figure", true, false, false)]
    [InlineData("Meaning", true, true, false)]
    public void Compared_ByLink(string? name, bool number, bool date, bool attribution)
    {
        SecondFactLink? link = name is null ? null : Enum.Parse<SecondFactLink>(name);
        Assert.Equal(number, ClusterDifferences.Compared(link, DifferenceKind.Number));
        Assert.Equal(date, ClusterDifferences.Compared(link, DifferenceKind.Date));
        Assert.Equal(attribution, ClusterDifferences.Compared(link, DifferenceKind.Attribution));
        Assert.Equal(attribution, ClusterDifferences.Compared(link, DifferenceKind.Actor));
    }
}
