using System.Globalization;
using Compare.Reports.Model;
using Compare.Reports.Text;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Compare.Reports.Charts;

/// <summary>Horizontal stacked bars: per outlet, how many facts it agrees on, differs on, leaves out and alone states.</summary>
internal static class FindingsByOutletChart
{
    public const string Title = "Findings by kind per outlet";

    private static readonly CoverageState[] Stack = [CoverageState.Agree, CoverageState.Differ, CoverageState.Omitted, CoverageState.Unique];

    public static string Render(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var plot = new Plot();
        SvgChart.Style(plot);
        var n = model.Outlets.Count;
        var bars = new List<Bar>();
        for (var i = 0; i < n; i++)
        {
            var outlet = model.Outlets[i];
            var position = n - 1 - i;
            double at = 0;
            foreach (var state in Stack)
            {
                var count = outlet.Tally.Of(state);
                if (count == 0)
                {
                    continue;
                }

                bars.Add(new Bar
                {
                    Position = position,
                    ValueBase = at,
                    Value = at + count,
                    FillColor = ChartPalette.Of(state),
                    LineColor = Colors.White,
                    Orientation = Orientation.Horizontal,
                    Size = 0.7,
                    Label = count.ToString(CultureInfo.InvariantCulture),
                    CenterLabel = true,
                });
                at += count;
            }
        }

        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        plottable.ValueLabelStyle.ForeColor = Colors.White;
        plottable.ValueLabelStyle.Bold = true;
        plottable.ValueLabelStyle.FontSize = 11;
        plot.Axes.Left.TickGenerator = new NumericManual(
            Enumerable.Range(0, n).Select(i => (double)(n - 1 - i)).ToArray(),
            model.Outlets.Select(o => o.Name).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.Label.Text = "facts";
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Margins(left: 0, right: 0.05, bottom: 0.02, top: 0.02);
        plot.Grid.YAxisStyle.IsVisible = false;
        foreach (var state in Stack)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = ReportText.Name(state), FillColor = ChartPalette.Of(state) });
        }

        plot.ShowLegend(Edge.Bottom);
        plot.Legend.Orientation = Orientation.Horizontal;
        return SvgChart.Render(plot, 640, 100 + (32 * n), "kinds-", Title);
    }
}
