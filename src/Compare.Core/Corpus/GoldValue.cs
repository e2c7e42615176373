using Compare.Core.Domain;

namespace Compare.Core.Corpus;

/// <summary>The value an outlet gives for a fact.</summary>
/// <param name="Quantities">Figures with unit, period and whether they are approximate.</param>
/// <param name="Dates">ISO dates or periods (<c>2024</c>, <c>2024-02</c>, <c>2023-10-07</c>, <c>1990/1993</c>).</param>
/// <param name="Actors">Canonical names of who the fact is about.</param>
/// <param name="Polarity">Affirmed or negated.</param>
/// <param name="Attribution">Who the outlet credits, or null when it speaks in its own voice.</param>
/// <param name="Certainty">Asserted or hedged.</param>
public sealed record GoldValue(
    IReadOnlyList<GoldQuantity> Quantities,
    IReadOnlyList<string> Dates,
    IReadOnlyList<string> Actors,
    Polarity Polarity,
    string? Attribution,
    Certainty Certainty);
