using Compare.Core.Analysis.Pairs;
using static Compare.Core.Tests.Analysis.Pairs.TestClaims;

namespace Compare.Core.Tests.Analysis.Pairs;

public sealed class PairFeaturesTests
{
    private static float Feature(string name, string a, string b) =>
        PairFeatures.Compute(Of("x", a), Of("y", b), 0.5f)[PairFeatures.Names.ToList().IndexOf(name)];

    [Fact]
    public void Compute_ShortStatementOfALongLead_ContainmentIsFullWhileJaccardIsLow()
    {
        var lead = "The statistics office on Tuesday published the first results of the census, which put the population at 6.4 million.";
        var short_ = "The census put the population at 6.4 million.";

        Assert.Equal(1f, Feature("content_containment", short_, lead));
        Assert.True(Feature("content_jaccard", short_, lead) < 0.5f);
    }

    [Fact]
    public void Compute_ContainmentReadsStems()
    {
        // "closed" and "closing", "bridges" and "bridge" share their Snowball stems; "traffic" is the one word not shared.
        Assert.Equal(2f / 3f, Feature("content_containment", "Bridges closed to traffic.", "The council is closing the bridge."), 5);
    }

    [Fact]
    public void Compute_NoContentWords_ContainmentIsZero()
    {
        Assert.Equal(0f, Feature("content_containment", "It was.", "The bridge closed."));
    }

    [Fact]
    public void Names_OneForEveryFeature()
    {
        Assert.Equal(PairFeatures.Count, PairFeatures.Compute(Of("x", "A bridge closed."), Of("y", "A bridge closed."), 1f).Length);
        Assert.Equal(PairRow.FeatureCount, PairFeatures.Count);
    }
}
