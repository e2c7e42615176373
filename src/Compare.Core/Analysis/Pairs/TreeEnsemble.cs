using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace Compare.Core.Analysis.Pairs;

/// <summary>
/// A trained FastTree binary model with Platt calibration, read out of ML.NET and evaluated directly: the bias plus each
/// tree's leaf value (a tree goes left where the feature is at most its threshold), then <c>1 / (1 + e^(slope · score +
/// offset))</c>, as ML.NET computes it. ML.NET's prediction engine costs far more per call than walking 300 trees of 4
/// leaves, and the judge calls it once per candidate pair. Hand-written because ML.NET has no cheap single-row path; the
/// same probabilities as the engine (a property test in the Core tests holds them equal).
/// </summary>
internal sealed class TreeEnsemble
{
    private readonly Tree[] _trees;
    private readonly double _bias;
    private readonly double _slope;
    private readonly double _offset;

    private TreeEnsemble(Tree[] trees, double bias, double slope, double offset) =>
        (_trees, _bias, _slope, _offset) = (trees, bias, slope, offset);

    /// <summary>The ensemble of <paramref name="transformer"/>, or null when it is not a calibrated FastTree binary model without categorical splits.</summary>
    public static TreeEnsemble? From(ITransformer transformer)
    {
        if (transformer is not BinaryPredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> binary)
        {
            return null;
        }

        var ensemble = binary.Model.SubModel.TrainedTreeEnsemble;
        var calibrator = binary.Model.Calibrator;
        var trees = new Tree[ensemble.Trees.Count];
        for (var t = 0; t < trees.Length; t++)
        {
            var tree = ensemble.Trees[t];
            if (tree.CategoricalSplitFlags.Any(f => f) || ensemble.TreeWeights[t] != 1)
            {
                return null;
            }

            trees[t] = new Tree([.. tree.NumericalSplitFeatureIndexes], [.. tree.NumericalSplitThresholds], [.. tree.LeftChild], [.. tree.RightChild],
                [.. tree.LeafValues]);
        }

        return new TreeEnsemble(trees, ensemble.Bias, calibrator.Slope, calibrator.Offset);
    }

    /// <summary>The calibrated probability of a row of features.</summary>
    public float Probability(float[] features)
    {
        var score = _bias;
        foreach (var tree in _trees)
        {
            score += tree.Output(features);
        }

        return (float)(1 / (1 + Math.Exp((_slope * (float)score) + _offset)));
    }

    private sealed record Tree(int[] Feature, float[] Threshold, int[] Left, int[] Right, double[] Leaves)
    {
        public double Output(float[] features)
        {
            if (Leaves.Length == 1)
            {
                return Leaves[0];
            }

            var node = 0;
            while (node >= 0)
            {
                node = features[Feature[node]] <= Threshold[node] ? Left[node] : Right[node];
            }

            return Leaves[~node];
        }
    }
}
