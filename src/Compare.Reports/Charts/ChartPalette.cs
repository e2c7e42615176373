using Compare.Reports.Model;
using ScottPlot;

namespace Compare.Reports.Charts;

/// <summary>The Okabe–Ito colours the page uses, so charts and matrix speak the same (colour-blind safe) language.</summary>
internal static class ChartPalette
{
    public static Color Of(CoverageState state) => state switch
    {
        CoverageState.Agree => Color.FromHex("#009E73"),
        CoverageState.Differ => Color.FromHex("#D55E00"),
        CoverageState.Omitted => Color.FromHex("#CC79A7"),
        CoverageState.Unique => Color.FromHex("#0072B2"),
        _ => Color.FromHex("#9AA3AB"),
    };

    public static Color Ink { get; } = Color.FromHex("#1F2328");

    public static Color Grid { get; } = Color.FromHex("#E6EAEF");
}
