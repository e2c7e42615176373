namespace Compare.Core.Domain;

/// <summary>A figure: "about $100 million annually" = 1e8, USD, per year, approximate.</summary>
/// <param name="Value">Fully expanded value ("$1.5 billion" = 1.5e9; "a third" = 0.3333; "45 percent" = 45).</param>
/// <param name="Unit">Currency code (USD, EUR...), <c>percent</c>, <c>basis points</c>, or the counted noun in singular
/// ("missile", "person", "barrel"); empty when the figure counts nothing named.</param>
/// <param name="Per">Period of a rate: <c>year</c>, <c>month</c>, <c>week</c>, <c>day</c>, <c>hour</c>; null when none.</param>
/// <param name="Qualifier">Exact, approximate ("about"), at least ("more than"), at most ("up to").</param>
/// <param name="Text">The words of the figure as written.</param>
/// <param name="Start">Character offset in the article text.</param>
/// <param name="Length">Length in characters.</param>
public sealed record Quantity(double Value, string Unit, string? Per, QuantityQualifier Qualifier, string Text, int Start, int Length)
{
    /// <summary>True unless the figure is stated exactly.</summary>
    public bool Approximate => Qualifier != QuantityQualifier.Exact;
}
