namespace Compare.Core.Domain;

/// <summary>What one outlet states for a differing slot: "about $100 million a year", credited "US Department of State".</summary>
/// <param name="OutletId">The outlet.</param>
/// <param name="Value">The value as a reader should see it (figure with unit and period, date, actor, "not", "may").</param>
/// <param name="Text">The words of the sentence that carry the value, to highlight.</param>
/// <param name="Attribution">Who the outlet credits for it, or null.</param>
public sealed record OutletValue(string OutletId, string Value, string Text, string? Attribution);
