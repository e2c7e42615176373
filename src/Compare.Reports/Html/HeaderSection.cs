using Compare.Core.Domain;
using Compare.Reports.Model;
using Compare.Reports.Text;

namespace Compare.Reports.Html;

/// <summary>The page header: story, outlets with their articles, time range, when compared, and the counts.</summary>
internal static class HeaderSection
{
    public static void Write(HtmlBuilder html, ReportModel model)
    {
        var c = model.Comparison;
        html.Raw("<header class=\"top\"><div class=\"wrap\">");
        html.Raw("<p class=\"eyebrow\">Compare · divergence report</p>");
        html.Element("h1", null, string.IsNullOrWhiteSpace(c.Label) ? c.StoryId : c.Label);
        html.Raw("<p class=\"meta\">Story <b>").Text(c.StoryId).Raw("</b> · compared <b>").Text(ReportText.Time(c.ComparedAt))
            .Raw("</b> · articles <b>").Text(ReportText.TimeRange(model)).Raw("</b> · <b>")
            .Text(ReportText.Count(model.Outlets.Count, "outlet", "outlets")).Raw("</b> · <b>")
            .Text(ReportText.Count(model.Facts.Count, "fact", "facts")).Raw("</b></p>");
        Tiles(html, c);
        DifferenceChips(html, c);
        OutletTable(html, model);
        html.Raw("</div></header>");
    }

    private static void Tiles(HtmlBuilder html, Comparison c)
    {
        html.Raw("<div class=\"tiles\" id=\"counts\">");
        foreach (var (kind, state, words) in new[]
        {
            (FindingKind.Agree, CoverageState.Agree, "facts told alike"),
            (FindingKind.Differ, CoverageState.Differ, "facts told differently"),
            (FindingKind.Omitted, CoverageState.Omitted, "facts left out by some"),
            (FindingKind.Unique, CoverageState.Unique, "facts only one outlet has"),
        })
        {
            html.Raw("<div class=\"tile ").Raw(ReportText.Name(kind)).Raw("\"><span class=\"n\">").Text(ReportText.Symbol(state))
                .Raw(" ").Number(c.CountsByKind[kind]).Raw("</span><span class=\"l\">").Text(ReportText.Name(kind))
                .Raw(": ").Text(words).Raw("</span></div>");
        }

        html.Raw("</div>");
    }

    private static void DifferenceChips(HtmlBuilder html, Comparison c)
    {
        var kinds = c.DifferencesByKind.Where(p => p.Value > 0).ToList();
        if (kinds.Count == 0)
        {
            return;
        }

        html.Raw("<div class=\"chips\">Differences by kind:");
        foreach (var (kind, n) in kinds)
        {
            html.Raw(" <span class=\"k k-").Raw(ReportText.Token(kind)).Raw("\">").Text(ReportText.Name(kind)).Raw(" ")
                .Number(n).Raw("</span>");
        }

        html.Raw("</div>");
    }

    // Beyond this many outlets the outlet table starts closed, so the matrix is the first thing under the counts.
    private const int OpenUpTo = 8;

    private static void OutletTable(HtmlBuilder html, ReportModel model)
    {
        html.Raw("<details class=\"outlets\"").Raw(model.Outlets.Count <= OpenUpTo ? " open" : string.Empty).Raw("><summary>")
            .Text(ReportText.Count(model.Outlets.Count, "outlet", "outlets")).Raw(" and their articles</summary>");
        html.Raw("<table class=\"outlets\" id=\"outlets\"><thead><tr><th scope=\"col\">Outlet</th><th scope=\"col\">Articles</th>");
        foreach (var state in ReportText.LegendStates.Take(4))
        {
            html.Raw("<th scope=\"col\" class=\"num\" title=\"").Text(ReportText.Describe(state)).Raw("\">")
                .Text(ReportText.Symbol(state)).Raw(" ").Text(ReportText.Name(state)).Raw("</th>");
        }

        html.Raw("</tr></thead><tbody>");
        foreach (var outlet in model.Outlets)
        {
            html.Raw("<tr><th scope=\"row\">").Link(outlet.HomeUrl, outlet.Name).Raw("</th><td>");
            if (outlet.Articles.Count == 0)
            {
                html.Raw("<span class=\"none\">no article listed</span>");
            }

            foreach (var article in outlet.Articles)
            {
                html.Raw("<div>").Link(article.Url, string.IsNullOrWhiteSpace(article.Title) ? article.Url.AbsoluteUri : article.Title)
                    .Raw(" <span class=\"off\">").Text(article.PublishedAt is { } at ? ReportText.Time(at) : "time unknown")
                    .Raw("</span></div>");
            }

            html.Raw("</td>");
            foreach (var state in ReportText.LegendStates.Take(4))
            {
                html.Raw("<td class=\"num\">").Number(outlet.Tally.Of(state)).Raw("</td>");
            }

            html.Raw("</tr>");
        }

        html.Raw("</tbody></table></details>");
    }
}
