using System.Globalization;
using Compare.Core.Analysis.Text;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Slots.Quantities;

/// <summary>
/// A figure while it is being read; linked to its neighbours ("10 to 15 cents") before it becomes a <see cref="Quantity"/>.
/// </summary>
internal sealed class QuantityDraft
{
    /// <summary>First token of the figure's text (the qualifier or currency sign when there is one).</summary>
    public int First { get; set; }

    /// <summary>First token of the number itself.</summary>
    public int NumberFirst { get; init; }

    /// <summary>Token after the number and its magnitude.</summary>
    public int NumberNext { get; init; }

    /// <summary>Token after the unit (equals <see cref="NumberNext"/> when the figure has no unit of its own).</summary>
    public int UnitNext { get; set; }

    /// <summary>Token after everything read (unit, period, "or more").</summary>
    public int Next { get; set; }

    public double Value { get; set; }

    /// <summary>Largest magnitude of the number (1 when none).</summary>
    public double Magnitude { get; init; } = 1;

    public bool HasMagnitude { get; init; }

    /// <summary>Scale the unit applied ("cents" = 0.01), so a range start can inherit it.</summary>
    public double UnitFactor { get; set; } = 1;

    public string Unit { get; set; } = string.Empty;

    public string? Per { get; set; }

    public QuantityQualifier Qualifier { get; set; }

    public bool Written { get; init; }

    public bool Fraction { get; init; }

    /// <summary>True when the unit came from the figure itself, not from a neighbour.</summary>
    public bool OwnUnit => UnitNext > NumberNext || Unit.Length > 0 && First < NumberFirst;

    public Quantity ToQuantity(SentenceText sentence)
    {
        var tokens = sentence.Tokens;
        var start = tokens[First].Start;
        var end = tokens[Math.Max(UnitNext, NumberNext) - 1].End;
        // Twelve significant digits drop binary noise ("35 cents" = 0.35, not 0.35000000000000003).
        var value = double.Parse(Value.ToString("G12", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return new Quantity(value, Unit, Per, Qualifier, sentence.Text[start..end], sentence.Offset + start, end - start);
    }
}
