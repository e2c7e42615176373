using Compare.Core.Domain;

namespace Compare.Core.Analysis.Pairs;

/// <summary>
/// Judges two claims: the trained model gives P(same fact) from similarity and slot features; for a pair judged to
/// state the same fact, the explicit slot checks decide between <see cref="PairRelation.Same"/> and
/// <see cref="PairRelation.Conflict"/> and say on which kinds and values they differ.
/// </summary>
public sealed class PairJudge
{
    /// <summary>P(same fact) from which two claims count as stating the same fact.</summary>
    public const double SameFactThreshold = 0.5;

    private readonly PairModel _model;

    private PairJudge(PairModel model) => _model = model;

    /// <summary>Name and version of the model, for method notes.</summary>
    public static string ModelName => "Compare pair model v1 (ML.NET FastTree one-versus-all over 21 features)";

    /// <summary>The judge with the model shipped in Compare.Core.</summary>
    public static PairJudge Default => LazyDefault.Value;

    private static Lazy<PairJudge> LazyDefault { get; } = new(() => new PairJudge(PairModel.LoadEmbedded()));

    internal static PairJudge FromModel(PairModel model) => new(model);

    /// <summary>Judges claims <paramref name="a"/> and <paramref name="b"/>, whose embeddings have cosine <paramref name="cosine"/>.</summary>
    public PairJudgement Judge(Claim a, Claim b, float cosine)
    {
        var p = _model.Predict(PairFeatures.Compute(a, b, cosine));
        var pSame = Get(p, "same") + Get(p, "conflict");
        if (pSame >= SameFactThreshold)
        {
            var differences = SlotComparer.Compare(a, b);
            return new PairJudgement(pSame, differences.Count > 0 ? PairRelation.Conflict : PairRelation.Same, cosine, differences);
        }

        var relation = Get(p, "related") >= Get(p, "unrelated") ? PairRelation.Related : PairRelation.Unrelated;
        return new PairJudgement(pSame, relation, cosine, []);
    }

    private static double Get(IReadOnlyDictionary<string, float> p, string label) => p.TryGetValue(label, out var v) ? v : 0;
}
