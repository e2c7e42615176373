namespace Compare.Core.Analysis.Findings;

/// <summary>Knobs of the findings; defaults tuned on the non-held-out corpus topics only.</summary>
public sealed record FindingOptions
{
    /// <summary>
    /// Salience a fact stated by a single outlet needs before the others are said to omit it (default 0.0: every
    /// unique claim counts as omitted by the others; raise it to report only central omissions).
    /// </summary>
    public double UniqueOmissionMinSalience { get; init; }

    /// <summary>Check-worthiness a claim needs to count as a fact at all in findings (default 0.0).</summary>
    public double MinCheckWorthiness { get; init; }
}
