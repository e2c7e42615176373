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

    /// <summary>
    /// Cosine from which two statements that are not the same fact count as related (same topic): on the training
    /// pairs, 90% of different-fact pairs of one story are above it and 90% of pairs of two stories below.
    /// </summary>
    public const float RelatedCosine = 0.12f;

    private readonly PairModel _model;

    private PairJudge(PairModel model) => _model = model;

    /// <summary>Name and version of the model, for method notes.</summary>
    public static string ModelName => "Compare pair model v2 (ML.NET FastTree binary, Platt-calibrated, 33 features: 24 of the pair, 9 of its story)";

    /// <summary>The judge with the model shipped in Compare.Core, for claims of one story (the engine).</summary>
    public static PairJudge Default => LazyDefault.Value;

    /// <summary>
    /// The judge of two statements read without a story (<c>compare pairs</c>): a model of the same features, trained on
    /// the statement pairs and on the story pairs with their story left out, so that it meets the pairs of one story that
    /// state different facts as it will meet them, alone. Learning those in the engine's model too cost the engine
    /// (30 retrained folds: difference F1 0.734 → 0.707), hence two models.
    /// </summary>
    public static PairJudge Statements => LazyStatements.Value;

    private static Lazy<PairJudge> LazyDefault { get; } = new(() => new PairJudge(PairModel.LoadEmbedded()));

    private static Lazy<PairJudge> LazyStatements { get; } = new(() => new PairJudge(PairModel.LoadEmbedded(PairModel.StatementsResourceName)));

    internal static PairJudge FromModel(PairModel model) => new(model);

    /// <summary>A judge with a model file written by <c>compare train</c> (or <see cref="PairTrainer"/>).</summary>
    public static PairJudge Load(Stream model) => new(PairModel.Load(model));

    /// <summary>Judges claims <paramref name="a"/> and <paramref name="b"/>, whose embeddings have cosine <paramref name="cosine"/>.</summary>
    public PairJudgement Judge(Claim a, Claim b, float cosine) => Judge(new ClaimProfile(a), new ClaimProfile(b), cosine, StoryContext.None);

    /// <summary>
    /// A judge of two claims of one story, with the story context the engine gives them: <paramref name="claims"/> are
    /// the story's claims in article order, <paramref name="vectors"/> their embeddings.
    /// </summary>
    public Func<Claim, Claim, PairJudgement> InStory(IReadOnlyList<Claim> claims, IReadOnlyList<float[]> vectors)
    {
        var context = new StoryContext(claims, vectors);
        var index = claims.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return (a, b) =>
        {
            var (i, j) = (index[a.Id], index[b.Id]);
            return Judge(context.Profile(i), context.Profile(j), Embeddings.VectorMath.Cosine(vectors[i], vectors[j]), context.Of(i, j));
        };
    }

    /// <summary>Judges two claims of a story, with what the story tells of them (<see cref="StoryContext.Of"/>).</summary>
    internal PairJudgement Judge(ClaimProfile a, ClaimProfile b, float cosine, float[] context)
    {
        var pSame = _model.Predict(PairFeatures.Compute(a, b, cosine, context));
        if (pSame >= SameFactThreshold)
        {
            var differences = SlotComparer.Compare(a.Claim, b.Claim);
            return new PairJudgement(pSame, differences.Count > 0 ? PairRelation.Conflict : PairRelation.Same, cosine, differences);
        }

        return new PairJudgement(pSame, cosine >= RelatedCosine ? PairRelation.Related : PairRelation.Unrelated, cosine, []);
    }
}
