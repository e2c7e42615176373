using Compare.Core.Domain;

namespace Compare.Core.Tests.Domain;

public sealed class DifferenceKindNamesTests
{
    [Theory]
    [InlineData(DifferenceKind.Number, "number")]
    [InlineData(DifferenceKind.Date, "date")]
    [InlineData(DifferenceKind.Actor, "actor")]
    [InlineData(DifferenceKind.Polarity, "negation")]
    [InlineData(DifferenceKind.Attribution, "attribution")]
    [InlineData(DifferenceKind.Certainty, "certainty")]
    public void ReaderName_IsTheWordTheReportsUse(DifferenceKind kind, string expected) => Assert.Equal(expected, kind.ReaderName());
}
