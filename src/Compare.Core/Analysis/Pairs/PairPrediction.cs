namespace Compare.Core.Analysis.Pairs;

/// <summary>The model's output: the calibrated probability that both statements state the same fact.</summary>
internal sealed class PairPrediction
{
    public float Probability { get; set; }
}
