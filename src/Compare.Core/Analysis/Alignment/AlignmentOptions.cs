namespace Compare.Core.Analysis.Alignment;

/// <summary>Knobs of the alignment; defaults tuned on the non-held-out corpus topics only.</summary>
public sealed record AlignmentOptions
{
    /// <summary>Candidates per claim and other outlet, by embedding similarity (default 3).</summary>
    public int TopK { get; init; } = 3;

    /// <summary>Cosine below which two claims are never candidates (default 0.3).</summary>
    public float MinCandidateCosine { get; init; } = 0.3f;

    /// <summary>P(same fact) a pair needs to be matched across two outlets (default 0.25).</summary>
    public double MatchThreshold { get; init; } = 0.25;

    /// <summary>
    /// P(same fact) enough to match two sentences that are each other's most similar between their two outlets (default 0.15):
    /// being the mutual best is evidence the judge, reading the pair alone, cannot see.
    /// </summary>
    public double MutualBestThreshold { get; init; } = 0.15;

    /// <summary>P(same fact) a second sentence of an outlet needs to join a cluster as a restatement (default 0.75).</summary>
    public double RestateThreshold { get; init; } = 0.75;

    /// <summary>Embedding cosine two sentences of one outlet need to count as restatements of each other (default 0.7).</summary>
    public float RestateMinCosine { get; init; } = 0.7f;

    /// <summary>
    /// Mean P(same fact) a sentence needs with every sentence of another cluster, of outlets other than its own, to join it
    /// as a second fact it states (default 0.6); above 1 turns the second-fact pass off.
    /// </summary>
    public double SecondFactThreshold { get; init; } = 0.6;

    /// <summary>P(same fact) a sentence needs with the single sentence of a one-outlet cluster to join it as a second fact (default 0.7).</summary>
    public double SecondFactSingleThreshold { get; init; } = 0.7;

    /// <summary>
    /// P(same fact) a sentence needs with a cluster's sentence that gives the same distinctive figure, to join that cluster
    /// as a second fact it states (default 0.3): the shared figure is the evidence, the judge only rules out a pair it
    /// finds plainly unrelated. Above 1 turns the rule off.
    /// </summary>
    public double SharedFigureThreshold { get; init; } = 0.3;

    /// <summary>
    /// Embedding cosine two sentences of two outlets need, besides rival figures of one kind and being each other's most
    /// similar between the two articles, to be weighed at <see cref="RivalFigureScore"/> at least (default 0.5).
    /// </summary>
    public float RivalFigureMinCosine { get; init; } = 0.5f;

    /// <summary>
    /// The weight, for matching and merging, of two sentences that give rival figures of one kind and are each other's most
    /// similar between their articles, when the judge scores them lower (default 0.5): the judge learned that different
    /// figures mostly mean different facts, and cannot see that nothing else in either article comes closer. 0 turns the
    /// rule off.
    /// </summary>
    public double RivalFigureScore { get; init; } = 0.5;

    /// <summary>Mean P(same fact) over all cross-outlet pairs two clusters need to be merged (default 0.2).</summary>
    public double MergeThreshold { get; init; } = 0.2;
}
