namespace Compare.Core.Analysis.Findings;

/// <summary>Knobs of the findings; defaults tuned on the non-held-out corpus topics only.</summary>
public sealed record FindingOptions
{
    /// <summary>
    /// Whether a fact only one outlet states makes the others "omit" it when it is a checkable detail: a figure or a
    /// date, in the outlet's own words rather than a quotation (default true). Facts two or more outlets state always
    /// make the rest omit them.
    /// </summary>
    public bool UniqueDetailOmissions { get; init; } = true;

    /// <summary>Check-worthiness a claim needs to count as a fact at all in findings (default 0.0).</summary>
    public double MinCheckWorthiness { get; init; }
}
