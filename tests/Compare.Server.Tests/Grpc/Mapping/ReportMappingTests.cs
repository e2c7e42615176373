using Compare.Core.Domain;
using Compare.Server.Grpc.Mapping;

namespace Compare.Server.Tests.Grpc.Mapping;

public sealed class ReportMappingTests
{
    [Fact]
    public void ToProto_DifferValues_CarryTheGroupsValueAndEachOutletsOwn()
    {
        var url = new Uri("https://meridianpost.example/budget");
        var finding = new Finding("f001", FindingKind.Differ, "c01", "3 outlets differ on number", ["hc", "mp", "nn"],
            [
                new ValueDifference(DifferenceKind.Number,
                [
                    new OutletValue("hc", "$1.42 billion", "$1.42 billion", null),
                    new OutletValue("mp", "$1.42 billion", "about $1.4 billion", "Budget Office", "about $1.4 billion"),
                    new OutletValue("nn", "$1.24 billion", "$1.24 billion", null),
                ], "$1.42 billion is 15% above $1.24 billion"),
            ],
            [new Evidence("mp", "mp-1", url, "The plan spends about $1.4 billion, the Budget Office says.", 0, 58)], 0.9, 0.8);

        var values = ReportMapping.ToProto(finding).Differences.Single().Values;

        Assert.Equal(("$1.42 billion", "about $1.4 billion", "Budget Office"), (values[1].Value, values[1].Stated, values[1].Attribution));
        Assert.Equal(("$1.42 billion", string.Empty), (values[0].Value, values[0].Stated));
        Assert.Equal("about $1.4 billion (grouped with $1.42 billion)", OutletValue.Show(values[1].Value, values[1].Stated));
        Assert.Equal("$1.24 billion", OutletValue.Show(values[2].Value, values[2].Stated));
    }
}
