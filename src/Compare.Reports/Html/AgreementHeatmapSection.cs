using System.Globalization;
using Compare.Core.Domain;
using Compare.Reports.Model;
using Compare.Reports.Text;

namespace Compare.Reports.Html;

/// <summary>The agreement heatmap: for each pair of outlets, the share of the facts both state on which they agree.</summary>
internal static class AgreementHeatmapSection
{
    private const int ManyOutlets = 8;

    public static void Write(HtmlBuilder html, ReportModel model)
    {
        SectionFrame.Open(html, "agreement", "Agreement between outlets", "share of the facts both state that they state alike");
        var pairs = Lookup(model.Comparison.PairAgreement);
        Lowest(html, model, pairs);
        html.Raw("<div class=\"hscroll\"><table class=\"heat")
            .Raw(model.Outlets.Count > ManyOutlets ? " many" : string.Empty).Raw("\" id=\"heatmap\"><thead><tr><th></th>");
        foreach (var outlet in model.Outlets)
        {
            html.Raw("<th scope=\"col\"><span>").Text(outlet.Name).Raw("</span></th>");
        }

        html.Raw("</tr></thead><tbody>");
        foreach (var row in model.Outlets)
        {
            html.Raw("<tr><th scope=\"row\">").Text(row.Name).Raw("</th>");
            foreach (var column in model.Outlets)
            {
                Cell(html, row, column, pairs);
            }

            html.Raw("</tr>");
        }

        html.Raw("</tbody></table></div><div class=\"scale\">0%<i></i>100% of shared facts told alike · n/a: no fact in common</div>");
        SectionFrame.Close(html);
    }

    internal static Dictionary<(string, string), OutletPairAgreement> Lookup(IEnumerable<OutletPairAgreement> pairs)
    {
        var lookup = new Dictionary<(string, string), OutletPairAgreement>();
        foreach (var pair in pairs)
        {
            lookup.TryAdd((pair.A, pair.B), pair);
            lookup.TryAdd((pair.B, pair.A), pair);
        }

        return lookup;
    }

    private static void Lowest(HtmlBuilder html, ReportModel model, Dictionary<(string, string), OutletPairAgreement> pairs)
    {
        var lowest = pairs.Values.Distinct().Where(p => p.Rate is not null).OrderBy(p => p.Rate).ThenByDescending(p => p.Shared).FirstOrDefault();
        if (lowest is null)
        {
            html.Raw("<p class=\"none\">No two outlets state a fact in common.</p>");
            return;
        }

        html.Raw("<p>Least in agreement: <b>").Text(model.OutletName(lowest.A)).Raw("</b> and <b>").Text(model.OutletName(lowest.B))
            .Raw("</b>, ").Text(ReportText.Percent(lowest.Rate!.Value)).Raw(" (").Text(Share(lowest)).Raw(").</p>");
    }

    private static void Cell(HtmlBuilder html, OutletColumn row, OutletColumn column, Dictionary<(string, string), OutletPairAgreement> pairs)
    {
        if (row.Id == column.Id)
        {
            html.Raw("<td class=\"self\">—</td>");
            return;
        }

        if (!pairs.TryGetValue((row.Id, column.Id), out var pair) || pair.Rate is not { } rate)
        {
            html.Raw("<td class=\"na\" title=\"no fact in common\">n/a</td>");
            return;
        }

        html.Raw("<td style=\"background:").Raw(Colour(rate)).Raw("\" title=\"").Text(row.Name).Raw(" and ").Text(column.Name).Raw(": ")
            .Text(Share(pair)).Raw("\">").Text(ReportText.Percent(rate)).Raw("<small>")
            .Text(string.Create(CultureInfo.InvariantCulture, $"{pair.Agree}/{pair.Shared}"))
            .Raw("</small></td>");
    }

    private static string Share(OutletPairAgreement pair) => string.Create(CultureInfo.InvariantCulture,
        $"{pair.Agree} of {pair.Shared} shared facts told alike, {pair.Differ} differently");

    /// <summary>A colour from light vermillion (0) through light grey (0.5) to green (1); the percentage is printed too.</summary>
    internal static string Colour(double rate)
    {
        var t = Math.Clamp(rate, 0, 1);
        (int R, int G, int B) low = (0xe8, 0xa0, 0x7a), mid = (0xf5, 0xf5, 0xf5), high = (0x5c, 0xbf, 0x9a);
        var (from, to, u) = t < 0.5 ? (low, mid, t * 2) : (mid, high, (t - 0.5) * 2);
        int Mix(int a, int b) => (int)Math.Round(a + ((b - a) * u));
        return string.Create(CultureInfo.InvariantCulture, $"#{Mix(from.R, to.R):x2}{Mix(from.G, to.G):x2}{Mix(from.B, to.B):x2}");
    }
}
