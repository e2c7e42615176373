using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ScottPlot;

namespace Compare.Reports.Charts;

/// <summary>
/// Turns a ScottPlot plot into SVG markup fit to sit inline in an HTML page: no XML declaration, ids unique per chart,
/// a viewBox so it scales, a title for screen readers, and coordinate lists Chromium parses without complaint.
/// </summary>
internal static partial class SvgChart
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    /// <summary>The font the charts measure text with: Liberation Sans (metric-compatible with Arial) when installed.</summary>
    public static string FontName { get; } = PickFont();

    /// <summary>Applies the report's look to a plot: font, colours, grid.</summary>
    public static void Style(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.Font.Set(FontName);
        plot.Axes.Color(ChartPalette.Ink);
        plot.Grid.MajorLineColor = ChartPalette.Grid;
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        foreach (var axis in new IAxis[] { plot.Axes.Left, plot.Axes.Bottom })
        {
            axis.TickLabelStyle.FontSize = 13;
            axis.MinorTickStyle.Length = 0;
            axis.Label.FontSize = 13;
        }

        plot.Legend.FontSize = 13;
        plot.Legend.OutlineWidth = 0;
        plot.Legend.ShadowColor = Colors.Transparent;
    }

    /// <summary>Renders the plot and returns inline SVG markup.</summary>
    public static string Render(Plot plot, int width, int height, string idPrefix, string title)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var document = XDocument.Parse(plot.GetSvgXml(width, height));
        var root = document.Root ?? throw new InvalidOperationException("ScottPlot returned an SVG without a root element.");
        Prefix(root, idPrefix);
        foreach (var text in root.Descendants(Svg + "text"))
        {
            Tidy(text);
        }

        root.SetAttributeValue("width", null);
        root.SetAttributeValue("height", null);
        root.SetAttributeValue("viewBox", string.Create(CultureInfo.InvariantCulture, $"0 0 {width} {height}"));
        root.SetAttributeValue("role", "img");
        root.SetAttributeValue("aria-label", title);
        root.AddFirst(new XElement(Svg + "title", title));
        return root.ToString(SaveOptions.DisableFormatting);
    }

    // Skia numbers ids with a process-wide counter: renaming them in document order makes the output the same on every
    // run, and the prefix keeps two charts on one page from sharing an id.
    private static void Prefix(XElement root, string prefix)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in root.DescendantsAndSelf().Select(e => e.Attribute("id")).OfType<XAttribute>())
        {
            renamed[attribute.Value] = string.Create(CultureInfo.InvariantCulture, $"{prefix}{renamed.Count + 1}");
            attribute.Value = renamed[attribute.Value];
        }

        foreach (var attribute in root.DescendantsAndSelf().SelectMany(e => e.Attributes()).Where(a => a.Name != "id"))
        {
            if (attribute.Name == XLink + "href" || attribute.Name == "href")
            {
                if (attribute.Value.StartsWith('#') && renamed.TryGetValue(attribute.Value[1..], out var target))
                {
                    attribute.Value = "#" + target;
                }
            }
            else if (attribute.Value.Contains("url(#", StringComparison.Ordinal))
            {
                attribute.Value = UrlReference().Replace(attribute.Value, m =>
                    renamed.TryGetValue(m.Groups[1].Value, out var id) ? $"url(#{id})" : m.Value);
            }
        }
    }

    // Skia writes per-glyph positions as "1.5, 7.2, " (a trailing comma Chromium reports as an error) and indents the
    // text node; both are normalised here. The font list falls back to metric-compatible fonts in the browser.
    private static void Tidy(XElement text)
    {
        foreach (var name in new[] { "x", "y" })
        {
            if (text.Attribute(name) is { } attribute)
            {
                attribute.Value = string.Join(' ', attribute.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
        }

        if (text.Attribute("font-family") is { } family)
        {
            family.Value = $"{family.Value}, 'Liberation Sans', Arial, Helvetica, sans-serif";
        }

        if (!text.HasElements)
        {
            text.Value = text.Value.Trim();
        }
    }

    private static string PickFont()
    {
        foreach (var candidate in new[] { "Liberation Sans", "Arial", "DejaVu Sans" })
        {
            if (Fonts.GetTypeface(candidate, bold: false, italic: false) is { } typeface && typeface.FamilyName == candidate)
            {
                return candidate;
            }
        }

        return Fonts.Default;
    }

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex UrlReference();
}
