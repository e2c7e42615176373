using System.Globalization;
using Compare.Core.Analysis.Slots.Quantities;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Pairs;

/// <summary>Slot values as a reader should see them: "about $100 million a year", "February 2024".</summary>
internal static class ValueText
{
    private static readonly Dictionary<string, string> CurrencySigns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["USD"] = "$", ["EUR"] = "€", ["GBP"] = "£", ["JPY"] = "¥",
    };

    public static string Of(Quantity q)
    {
        ArgumentNullException.ThrowIfNull(q);
        var qualifier = q.Qualifier switch
        {
            QuantityQualifier.Approximate => "about ",
            QuantityQualifier.AtLeast => "more than ",
            QuantityQualifier.AtMost => "up to ",
            _ => string.Empty,
        };
        var number = Number(q.Value);
        var unit = q.Unit ?? string.Empty;
        string body;
        if (CurrencySigns.TryGetValue(unit, out var sign))
        {
            body = sign + number;
        }
        else if (unit.Equals("percent", StringComparison.OrdinalIgnoreCase))
        {
            body = number + "%";
        }
        else if (unit.Length == 3 && unit.All(char.IsUpper))
        {
            body = number + " " + unit;
        }
        else if (unit.Length == 0)
        {
            body = number;
        }
        else if (unit == Units.Age)
        {
            body = number + (Math.Abs(q.Value - 1) < 1e-9 ? " year old" : " years old");
        }
        else
        {
            // Symbols ("MW", "kWh", "km/h") have no plural.
            var symbol = unit.Any(char.IsUpper) || unit.Contains('/', StringComparison.Ordinal);
            body = number + " " + (Math.Abs(q.Value - 1) < 1e-9 || unit.EndsWith('s') || symbol ? unit : Singularizer.Plural(unit));
        }

        return qualifier + body + (q.Per is { Length: > 0 } per ? " a " + per : string.Empty);
    }

    public static string Of(DateMention d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return d.Granularity switch
        {
            DateGranularity.Day => d.From.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
            DateGranularity.Month => d.From.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
            DateGranularity.Year => d.From.Year.ToString(CultureInfo.InvariantCulture),
            _ => $"{d.Text} ({d.From.ToString("yyyy-MM", CultureInfo.InvariantCulture)}..{d.To.ToString("yyyy-MM", CultureInfo.InvariantCulture)})",
        };
    }

    public static string Number(double value)
    {
        var abs = Math.Abs(value);
        if (abs >= 1e9)
        {
            return (value / 1e9).ToString("0.##", CultureInfo.InvariantCulture) + " billion";
        }

        if (abs >= 1e6)
        {
            return (value / 1e6).ToString("0.##", CultureInfo.InvariantCulture) + " million";
        }

        return abs >= 1000 && value == Math.Floor(value)
            ? value.ToString("#,0", CultureInfo.InvariantCulture)
            : value.ToString("0.####", CultureInfo.InvariantCulture);
    }
}
