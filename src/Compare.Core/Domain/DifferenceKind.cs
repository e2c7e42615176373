namespace Compare.Core.Domain;

/// <summary>How two outlets' statements of one fact differ.</summary>
public enum DifferenceKind
{
    /// <summary>A different figure (amount, count, share), beyond rounding.</summary>
    Number,

    /// <summary>A different date or period.</summary>
    Date,

    /// <summary>A different actor: who did it, who said it was done.</summary>
    Actor,

    /// <summary>One states it, the other states its negation.</summary>
    Polarity,

    /// <summary>A different source is credited, or one asserts what the other attributes.</summary>
    Attribution,

    /// <summary>One asserts, the other hedges (may, likely, allegedly).</summary>
    Certainty,
}
