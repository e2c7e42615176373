namespace Compare.Core.Analysis.Pairs;

/// <summary>The judge's verdict on two statements.</summary>
/// <param name="PSameFact">Probability that both state the same fact (whether they agree on it or not).</param>
/// <param name="Relation">Same, conflict, related or unrelated.</param>
/// <param name="Cosine">Cosine similarity of the two sentence embeddings.</param>
/// <param name="Differences">For a conflict: each differing slot with both values; empty otherwise.</param>
public sealed record PairJudgement(double PSameFact, PairRelation Relation, double Cosine, IReadOnlyList<SlotDifference> Differences);
