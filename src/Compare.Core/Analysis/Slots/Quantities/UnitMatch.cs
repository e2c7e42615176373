
namespace Compare.Core.Analysis.Slots.Quantities;

/// <summary>A unit read after a number.</summary>
/// <param name="Unit">Currency code, "percent", "basis points", "percentage points", a measure or the singular counted noun.</param>
/// <param name="Next">Index of the token after the unit.</param>
/// <param name="Factor">Scale the unit applies to the number ("cents" = 0.01).</param>
/// <param name="IsCurrency">The unit is money.</param>
internal readonly record struct UnitMatch(string Unit, int Next, double Factor, bool IsCurrency)
{
    public static UnitMatch None(int next) => new(string.Empty, next, 1, false);
}
