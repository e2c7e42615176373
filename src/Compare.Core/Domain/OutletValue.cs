namespace Compare.Core.Domain;

/// <summary>What one outlet states for a differing slot: "about $100 million a year", credited "US Department of State".</summary>
/// <param name="OutletId">The outlet.</param>
/// <param name="Value">
/// The value of the outlet's group as a reader should see it (figure with unit and period, date, actor, "not", "may"): every
/// outlet grouped together shows the same one.
/// </param>
/// <param name="Text">The words of the sentence that carry the value, to highlight.</param>
/// <param name="Attribution">Who the outlet credits for it, or null.</param>
/// <param name="Stated">
/// The value as this outlet states it, when that reads otherwise than <paramref name="Value"/> ("about $1.4 billion" in a
/// group shown as "$1.42 billion"); null when it reads the same or the outlet states none of its own.
/// </param>
public sealed record OutletValue(string OutletId, string Value, string Text, string? Attribution, string? Stated = null)
{
    /// <summary>
    /// The value as a report shows it beside the outlet: its own, and the group's when that reads otherwise ("about $1.4
    /// billion (grouped with $1.42 billion)").
    /// </summary>
    public string Shown => Show(Value, Stated);

    /// <summary>
    /// <paramref name="stated"/> with the group's <paramref name="value"/> after it, or <paramref name="value"/> alone when
    /// <paramref name="stated"/> is empty: for clients that hold the two strings (the gRPC message).
    /// </summary>
    public static string Show(string value, string? stated) =>
        string.IsNullOrEmpty(stated) ? value : $"{stated} (grouped with {value})";
}
