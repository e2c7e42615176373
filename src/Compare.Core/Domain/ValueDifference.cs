namespace Compare.Core.Domain;

/// <summary>One kind on which outlets differ about a fact, with each outlet's value side by side.</summary>
/// <param name="Kind">Number, date, actor, polarity, attribution or certainty.</param>
/// <param name="Values">One value per outlet that states the fact.</param>
/// <param name="Explanation">Why the values count as different ("$70 million is 30% below about $100 million").</param>
public sealed record ValueDifference(DifferenceKind Kind, IReadOnlyList<OutletValue> Values, string Explanation);
