using Compare.Core.Domain;

namespace Compare.Core.Analysis.Pairs;

/// <summary>One slot on which two statements of a fact differ, with each side's value and words.</summary>
/// <param name="Kind">Number, date, actor, polarity, attribution or certainty.</param>
/// <param name="ValueA">What statement A says, as a reader should see it ("about $100 million a year").</param>
/// <param name="TextA">The words of A that carry it.</param>
/// <param name="ValueB">What statement B says.</param>
/// <param name="TextB">The words of B that carry it.</param>
/// <param name="Explanation">Why the two count as different.</param>
public sealed record SlotDifference(DifferenceKind Kind, string ValueA, string TextA, string ValueB, string TextB, string Explanation);
