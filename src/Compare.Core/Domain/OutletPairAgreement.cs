namespace Compare.Core.Domain;

/// <summary>How two outlets compare on the facts both state.</summary>
/// <param name="A">First outlet (ordinal order: A &lt; B).</param>
/// <param name="B">Second outlet.</param>
/// <param name="Shared">Facts both state.</param>
/// <param name="Agree">Of those, facts on which they agree.</param>
/// <param name="Differ">Of those, facts on which they differ.</param>
public sealed record OutletPairAgreement(string A, string B, int Shared, int Agree, int Differ)
{
    /// <summary>Agree / Shared, or null when they share no fact.</summary>
    public double? Rate => Shared == 0 ? null : (double)Agree / Shared;
}
