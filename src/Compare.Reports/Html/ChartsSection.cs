using Compare.Reports.Charts;
using Compare.Reports.Model;

namespace Compare.Reports.Html;

/// <summary>The charts, drawn with ScottPlot as inline SVG.</summary>
internal static class ChartsSection
{
    public static void Write(HtmlBuilder html, ReportModel model)
    {
        SectionFrame.Open(html, "charts", "Charts", "findings per outlet and when each outlet published");
        html.Raw("<div class=\"charts\">");
        Figure(html, FindingsByOutletChart.Title, () => FindingsByOutletChart.Render(model),
            "Each bar counts the facts of one outlet by what was found: told alike, told differently, left out, only this outlet.");
        Figure(html, TimelineChart.Title, () => TimelineChart.Render(model),
            "One marker per article at its publication time.");
        html.Raw("</div>");
        SectionFrame.Close(html);
    }

    private static void Figure(HtmlBuilder html, string title, Func<string?> render, string caption)
    {
        html.Raw("<figure class=\"chart\">");
        string? svg;
        try
        {
            svg = render();
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException)
        {
            // The drawing library's native part (SkiaSharp) could not load on this machine: the rest of the report stands.
            html.Raw("<p class=\"none\">").Text($"{title}: chart unavailable ({e.GetType().Name}: {e.Message})").Raw("</p>");
            html.Raw("</figure>");
            return;
        }

        if (svg is null)
        {
            html.Raw("<p class=\"none\">").Text($"{title}: no article states its publication time.").Raw("</p>");
        }
        else
        {
            // The SVG comes from ScottPlot via an XML serializer, so text from the comparison inside it is already escaped.
            html.Raw(svg);
        }

        html.Raw("<figcaption><b>").Text(title).Raw("</b> — ").Text(caption).Raw("</figcaption></figure>");
    }
}
