namespace Compare.Core.Analysis.Pairs;

/// <summary>The model's output: one probability per relation, in the order of <see cref="PairModel.Labels"/>.</summary>
internal sealed class PairPrediction
{
    public float[] Score { get; set; } = [];
}
