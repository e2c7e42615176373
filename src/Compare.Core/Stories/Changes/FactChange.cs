namespace Compare.Core.Stories.Changes;

/// <summary>One change of one fact between two comparisons of a story.</summary>
/// <param name="Kind">What changed.</param>
/// <param name="Fact">The fact, as its cluster's label (a representative sentence).</param>
/// <param name="Outlets">The outlets concerned: those now differing, newly stating or newly omitting it.</param>
/// <param name="Detail">One line for a reader ("number: $350 million vs $100 million").</param>
public sealed record FactChange(FactChangeKind Kind, string Fact, IReadOnlyList<string> Outlets, string Detail);
