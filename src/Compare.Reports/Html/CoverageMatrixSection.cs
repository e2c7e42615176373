using Compare.Core.Domain;
using Compare.Reports.Model;
using Compare.Reports.Text;

namespace Compare.Reports.Html;

/// <summary>The coverage matrix: a row per fact, a column per outlet, each cell a state by colour and symbol.</summary>
internal static class CoverageMatrixSection
{
    // Beyond this many outlets the column headers are written vertically so the matrix stays narrow.
    private const int ManyOutlets = 6;

    public static void Write(HtmlBuilder html, ReportModel model)
    {
        SectionFrame.Open(html, "coverage", "Coverage matrix",
            $"{ReportText.Count(model.Facts.Count, "fact", "facts")} × {ReportText.Count(model.Outlets.Count, "outlet", "outlets")}, most salient first");
        Legend(html);
        html.Raw("<div class=\"scroll\"><table class=\"matrix").Raw(model.Outlets.Count > ManyOutlets ? " many" : string.Empty)
            .Raw("\" id=\"matrix\"><thead><tr><th scope=\"col\" class=\"fact\">Fact</th><th scope=\"col\" class=\"kind\">Finding</th>");
        foreach (var outlet in model.Outlets)
        {
            html.Raw("<th scope=\"col\" class=\"o\" data-outlet=\"").Text(outlet.Id).Raw("\"><span>").Text(outlet.Name).Raw("</span></th>");
        }

        html.Raw("</tr></thead><tbody>");
        foreach (var row in model.Facts)
        {
            Row(html, model, row);
        }

        html.Raw("</tbody></table></div>");
        SectionFrame.Close(html);
    }

    private static void Legend(HtmlBuilder html)
    {
        html.Raw("<ul class=\"legend\">");
        foreach (var state in ReportText.LegendStates)
        {
            html.Raw("<li><span class=\"sym ").Raw(CellClass(state)).Raw("\">").Text(ReportText.Symbol(state)).Raw("</span>")
                .Text(ReportText.Name(state)).Raw(": ").Text(ReportText.Describe(state)).Raw("</li>");
        }

        html.Raw("<li><span class=\"sym cd x\">≠</span>darker: the only outlet with its value</li>");

        html.Raw("</ul>");
    }

    private static void Row(HtmlBuilder html, ReportModel model, FactRow row)
    {
        html.Raw("<tr data-cluster=\"").Text(row.ClusterId).Raw("\"><th scope=\"row\"");
        if (row.Label is not null && row.Label != row.Title)
        {
            html.Raw(" title=\"").Text(row.Label).Raw("\"");
        }

        html.Raw(">");
        if (row.MainFinding is { } main)
        {
            html.Raw("<a href=\"#").Text(main.Id).Raw("\">").Text(row.Title).Raw("</a>");
        }
        else
        {
            html.Text(row.Title);
        }

        html.Raw("</th><td class=\"kind\">").Text(KindText(row)).Raw("</td>");
        var values = DifferingValues(row);
        var alone = OddOneOut.Of(row);
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var state = row.Cells[i];
            html.Raw("<td class=\"c ").Raw(CellClass(state)).Raw(state == CoverageState.Differ && alone.Contains(model.Outlets[i].Id) ? " x" : string.Empty)
                .Raw("\"");
            if (state == CoverageState.Differ && values.TryGetValue(model.Outlets[i].Id, out var value))
            {
                html.Raw(" title=\"").Text(value).Raw("\"");
            }

            html.Raw(">").Raw(ReportText.Symbol(state)).Raw("</td>");
        }

        html.Raw("</tr>");
    }

    /// <summary>"differ: number, negation", "agree", "omitted".</summary>
    internal static string KindText(FactRow row)
    {
        if (row.Findings.Count == 0)
        {
            return "no finding";
        }

        var kinds = row.Findings.Select(f => ReportText.Name(f.Kind)).Distinct(StringComparer.Ordinal);
        var differences = row.Findings.SelectMany(f => f.Differences).Select(d => ReportText.Name(d.Kind)).Distinct(StringComparer.Ordinal).ToList();
        var text = string.Join(" + ", kinds);
        return differences.Count == 0 ? text : $"{text}: {string.Join(", ", differences)}";
    }

    /// <summary>CSS class of a cell in a given state.</summary>
    internal static string CellClass(CoverageState state) => state switch
    {
        CoverageState.Agree => "ca",
        CoverageState.Differ => "cd",
        CoverageState.Omitted => "co",
        CoverageState.Unique => "cu",
        _ => "cn",
    };

    private static Dictionary<string, string> DifferingValues(FactRow row) =>
        row.Findings.Where(f => f.Kind == FindingKind.Differ)
            .SelectMany(f => f.Differences.SelectMany(d => d.Values.Select(v => (v.OutletId, Text: $"{ReportText.Name(d.Kind)}: {v.Shown}"))))
            .GroupBy(v => v.OutletId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join("; ", g.Select(v => v.Text)), StringComparer.Ordinal);
}
