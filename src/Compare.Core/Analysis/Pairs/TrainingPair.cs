using Compare.Core.Domain;

namespace Compare.Core.Analysis.Pairs;

/// <summary>A labelled pair of statements (a line of <c>seeds/pairs/*.jsonl</c>).</summary>
/// <param name="Id">Unique id; its prefix says where it comes from (hand-, gold-, contrast-).</param>
/// <param name="A">First statement.</param>
/// <param name="B">Second statement.</param>
/// <param name="Relation">Same, conflict, related or unrelated.</param>
/// <param name="Kind">For a conflict: the kind of difference.</param>
/// <param name="Source">hand, gold or contrast.</param>
public sealed record TrainingPair(string Id, string A, string B, PairRelation Relation, DifferenceKind? Kind, string Source);
