namespace Compare.Core.Domain;

/// <summary>How firmly a statement is made.</summary>
public enum Certainty
{
    /// <summary>Stated as fact.</summary>
    Asserted,

    /// <summary>Hedged: may, could, likely, allegedly, purportedly, reportedly.</summary>
    Hedged,
}
