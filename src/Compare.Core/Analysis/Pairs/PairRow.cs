using Microsoft.ML.Data;

namespace Compare.Core.Analysis.Pairs;

/// <summary>One labelled pair as ML.NET sees it.</summary>
internal sealed class PairRow
{
    /// <summary>Length of <see cref="Features"/>; must equal <see cref="PairFeatures.Count"/>.</summary>
    public const int FeatureCount = 33;

    [VectorType(FeatureCount)]
    public float[] Features { get; set; } = [];

    /// <summary>True when both statements state the same fact (relation same or conflict).</summary>
    public bool Label { get; set; }
}
