using Compare.Core.Analysis.Pairs;
using CsCheck;

namespace Compare.Core.Tests.Analysis.Pairs;

public sealed class TreeEnsembleTests
{
    public static TheoryData<string> Models => [PairModel.ResourceName, PairModel.StatementsResourceName];

    [Theory]
    [MemberData(nameof(Models))]
    public void Predict_RandomFeatures_IsMlNetsProbability(string resource)
    {
        var model = PairModel.LoadEmbedded(resource);

        // Flags and shares take round values; the rest anything from 0 to 1.
        var feature = Gen.OneOf(Gen.Float[0f, 1f], Gen.Int[0, 4].Select(i => i / 4f));
        feature.Array[PairRow.FeatureCount].Sample(features => Assert.Equal(model.PredictByEngine(features), model.Predict(features)), iter: 3000);
    }

    [Fact]
    public void From_ShippedModel_ReadsTheTrees() => Assert.NotNull(TreeEnsemble.From(PairModel.LoadEmbedded().Transformer));
}
