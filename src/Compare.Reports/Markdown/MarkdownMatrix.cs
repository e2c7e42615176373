using System.Text;
using Compare.Reports.Html;
using Compare.Reports.Model;
using Compare.Reports.Text;

namespace Compare.Reports.Markdown;

/// <summary>The coverage matrix as a Markdown table, symbols in the cells.</summary>
internal static class MarkdownMatrix
{
    public static void Write(StringBuilder md, ReportModel model)
    {
        md.Append("## Coverage matrix\n\n");
        md.AppendJoin(" · ", ReportText.LegendStates.Select(s => $"{ReportText.Symbol(s)} {ReportText.Name(s)}: {ReportText.Describe(s)}"))
            .Append(" · **≠**: the only outlet with its value\n\n");
        md.Append("| Fact | Finding |").AppendJoin(string.Empty, model.Outlets.Select(o => $" {MarkdownText.Escape(o.Name)} |")).Append("\n|---|---|")
            .Append(string.Concat(Enumerable.Repeat(":-:|", model.Outlets.Count))).Append('\n');
        foreach (var row in model.Facts)
        {
            var alone = OddOneOut.Of(row);
            md.Append("| ");
            if (row.MainFinding is { } main)
            {
                md.Append(main.Id).Append(" · ");
            }

            md.Append(MarkdownText.Escape(row.Title)).Append(" | ").Append(MarkdownText.Escape(CoverageMatrixSection.KindText(row))).Append(" |")
                .AppendJoin(string.Empty, row.Cells.Select((c, i) => c == CoverageState.Differ && alone.Contains(model.Outlets[i].Id) ? " **≠** |" : $" {ReportText.Symbol(c)} |"))
                .Append('\n');
        }

        md.Append('\n');
    }
}
