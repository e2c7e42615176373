namespace Compare.Core.Domain;

/// <summary>What a finding says about a fact.</summary>
public enum FindingKind
{
    /// <summary>Every outlet that states the fact states it the same way.</summary>
    Agree,

    /// <summary>Outlets state the fact differently (see <see cref="Finding.Differences"/>).</summary>
    Differ,

    /// <summary>Outlets that cover the story leave the fact out (see <see cref="Finding.Outlets"/>).</summary>
    Omitted,

    /// <summary>Only one outlet states the fact.</summary>
    Unique,
}
