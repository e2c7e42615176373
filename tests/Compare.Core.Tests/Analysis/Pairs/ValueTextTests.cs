using Compare.Core.Analysis.Pairs;
using static Compare.Core.Tests.Analysis.Pairs.TestClaims;

namespace Compare.Core.Tests.Analysis.Pairs;

public sealed class ValueTextTests
{
    [Theory]
    [InlineData("three men", 3, "man", "3 men")]
    [InlineData("two counties", 2, "county", "2 counties")]
    [InlineData("14 batches", 14, "batch", "14 batches")]
    [InlineData("nine days", 9, "day", "9 days")]
    [InlineData("one ferry", 1, "ferry", "1 ferry")]
    [InlineData("50 basis points", 50, "basis point", "50 basis points")]
    [InlineData("7,260 MW", 7260, "MW", "7,260 MW")]
    [InlineData("40 kph", 40, "km/h", "40 km/h")]
    [InlineData("52-year-old", 52, "years of age", "52 years old")]
    [InlineData("a 1-year-old", 1, "years of age", "1 year old")]
    public void Of_CountedNoun_WrittenInItsPlural(string words, double value, string unit, string expected)
    {
        var text = $"Police counted {words}.";

        Assert.Equal(expected, ValueText.Of(Q(text, words, value, unit)));
    }
}
