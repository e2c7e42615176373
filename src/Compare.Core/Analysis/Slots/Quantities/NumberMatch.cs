
namespace Compare.Core.Analysis.Slots.Quantities;

/// <summary>A number read from tokens <see cref="First"/>..<see cref="Next"/> (exclusive).</summary>
/// <param name="Value">The value with any magnitude applied ("1.5 billion" = 1.5e9).</param>
/// <param name="First">Index of the first token.</param>
/// <param name="Next">Index of the token after the number.</param>
/// <param name="HasMagnitude">A magnitude word or letter was part of it.</param>
/// <param name="Magnitude">The largest magnitude multiplier used (1 when none): lets "10 to 12 million" give 10 million.</param>
/// <param name="Written">Spelled out in words ("three", "a dozen").</param>
/// <param name="Fraction">A fraction ("a third", "half", "two-thirds").</param>
/// <param name="PlainYearLike">A bare four-digit integer 1800-2099 with no comma: a year unless a unit says otherwise.</param>
internal readonly record struct NumberMatch(double Value, int First, int Next, bool HasMagnitude, double Magnitude, bool Written,
    bool Fraction, bool PlainYearLike);
