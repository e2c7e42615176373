namespace Compare.Core.Domain;

/// <summary>Whether a statement is affirmed or negated.</summary>
public enum Polarity
{
    /// <summary>The statement is made as is.</summary>
    Affirmed,

    /// <summary>The statement is denied ("did not", "no evidence that").</summary>
    Negated,
}
