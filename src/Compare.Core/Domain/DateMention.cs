namespace Compare.Core.Domain;

/// <summary>A date or period as an inclusive calendar interval: "February 2024" = 2024-02-01..2024-02-29, month.</summary>
/// <param name="From">First day of the interval.</param>
/// <param name="To">Last day of the interval (inclusive).</param>
/// <param name="Granularity">How precisely the text names it.</param>
/// <param name="Text">The words as written ("last Tuesday", "the early 1990s").</param>
/// <param name="Start">Character offset in the article text.</param>
/// <param name="Length">Length in characters.</param>
public sealed record DateMention(DateOnly From, DateOnly To, DateGranularity Granularity, string Text, int Start, int Length)
{
    /// <summary>True when the two intervals share at least one day.</summary>
    public bool Overlaps(DateMention other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return From <= other.To && other.From <= To;
    }
}
