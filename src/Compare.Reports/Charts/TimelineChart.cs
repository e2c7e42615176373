using System.Globalization;
using Compare.Reports.Model;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Compare.Reports.Charts;

/// <summary>When each outlet published its articles: one row per outlet, one marker per article.</summary>
internal static class TimelineChart
{
    public const string Title = "Article timeline per outlet (UTC)";

    /// <summary>The chart, or null when no article says when it was published.</summary>
    public static string? Render(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.FirstPublished is not { } first || model.LastPublished is not { } last)
        {
            return null;
        }

        var plot = new Plot();
        SvgChart.Style(plot);
        var n = model.Outlets.Count;
        for (var i = 0; i < n; i++)
        {
            var times = model.Outlets[i].Articles.Where(a => a.PublishedAt is not null).Select(a => a.PublishedAt!.Value.UtcDateTime.ToOADate()).ToArray();
            if (times.Length == 0)
            {
                continue;
            }

            var y = Enumerable.Repeat((double)(n - 1 - i), times.Length).ToArray();
            if (times.Length > 1)
            {
                var span = plot.Add.Scatter(times, y, ChartPalette.Of(CoverageState.Unique).WithAlpha(0.35));
                span.MarkerSize = 0;
                span.LineWidth = 3;
            }

            var markers = plot.Add.Markers(times, y, MarkerShape.FilledCircle, 11, ChartPalette.Of(CoverageState.Unique));
            markers.MarkerStyle.OutlineColor = Colors.White;
        }

        var bottom = plot.Axes.DateTimeTicksBottom();
        if (bottom.TickGenerator is DateTimeAutomatic ticks)
        {
            // Month names rather than a culture's numeric date order, so no reader mistakes 06/11 for 6 November.
            ticks.LabelFormatter = t => t.ToString(t.TimeOfDay == TimeSpan.Zero ? "MMM d" : "MMM d\nHH:mm", CultureInfo.InvariantCulture);
        }
        plot.Axes.Left.TickGenerator = new NumericManual(
            Enumerable.Range(0, n).Select(i => (double)(n - 1 - i)).ToArray(),
            model.Outlets.Select(o => o.Name).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        var padding = Math.Max((last - first).TotalDays * 0.08, 1.0 / 24);
        plot.Axes.SetLimits(first.UtcDateTime.ToOADate() - padding, last.UtcDateTime.ToOADate() + padding, -0.6, n - 0.4);
        return SvgChart.Render(plot, 640, 90 + (32 * n), "timeline-", Title);
    }
}
