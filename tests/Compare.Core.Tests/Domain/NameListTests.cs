using Compare.Core.Domain;

namespace Compare.Core.Tests.Domain;

public sealed class NameListTests
{
    [Theory]
    [InlineData(new string[0], "no outlet")]
    [InlineData(new[] { "Meridian Post" }, "Meridian Post")]
    [InlineData(new[] { "Meridian Post", "Eastgate Wire" }, "Meridian Post and Eastgate Wire")]
    [InlineData(new[] { "The Harbor Courier", "Meridian Post", "The Civic Ledger" }, "The Harbor Courier, Meridian Post and The Civic Ledger")]
    public void Join_WritesNamesAsAReaderWould(string[] names, string expected) => Assert.Equal(expected, NameList.Join(names));

    [Fact]
    public void Join_Null_Throws() => Assert.Throws<ArgumentNullException>(() => NameList.Join(null!));
}
