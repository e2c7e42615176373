using System.Text;
using Compare.Core.Domain;
using Compare.Reports.Html;
using Compare.Reports.Model;
using Compare.Reports.Text;

namespace Compare.Reports.Markdown;

/// <summary>The Markdown report's title block, counts and outlet table.</summary>
internal static class MarkdownOverview
{
    public static void Write(StringBuilder md, ReportModel model)
    {
        var c = model.Comparison;
        md.Append("# ").Append(MarkdownText.Escape(string.IsNullOrWhiteSpace(c.Label) ? c.StoryId : c.Label)).Append("\n\n");
        md.Append("Story ").Append(MarkdownText.Escape(c.StoryId)).Append(" · compared ").Append(ReportText.Time(c.ComparedAt))
            .Append(" · articles ").Append(ReportText.TimeRange(model)).Append(" · ").Append(ReportText.Count(model.Outlets.Count, "outlet", "outlets"))
            .Append(" · ").Append(ReportText.Count(model.Facts.Count, "fact", "facts")).Append("\n\n");
        md.Append("**Findings:** ").AppendJoin(" · ", Enum.GetValues<FindingKind>().Select(k =>
            $"{ReportText.Symbol(State(k))} {c.CountsByKind[k]} {ReportText.Name(k)}")).Append("  \n");
        var differences = c.DifferencesByKind.Where(p => p.Value > 0).Select(p => $"{ReportText.Name(p.Key)} {p.Value}").ToList();
        md.Append("**Differences by kind:** ").Append(differences.Count == 0 ? "none" : string.Join(" · ", differences)).Append("\n\n");
        Outlets(md, model);
    }

    private static void Outlets(StringBuilder md, ReportModel model)
    {
        md.Append("## Outlets\n\n| Outlet | Articles | ✓ agree | ≠ differ | ∅ omitted | ★ unique |\n|---|---|---:|---:|---:|---:|\n");
        foreach (var outlet in model.Outlets)
        {
            var articles = outlet.Articles.Select(a =>
                $"{MarkdownText.Link(string.IsNullOrWhiteSpace(a.Title) ? a.Url.AbsoluteUri : a.Title, a.Url)} ({(a.PublishedAt is { } at ? ReportText.Time(at) : "time unknown")})");
            md.Append("| ").Append(MarkdownText.Link(outlet.Name, outlet.HomeUrl)).Append(" | ")
                .Append(outlet.Articles.Count == 0 ? "no article listed" : string.Join(" · ", articles)).Append(" | ")
                .AppendJoin(" | ", ReportText.LegendStates.Take(4).Select(s => outlet.Tally.Of(s))).Append(" |\n");
        }

        md.Append('\n');
        var pairs = AgreementHeatmapSection.Lookup(model.Comparison.PairAgreement);
        md.Append("## Agreement between outlets\n\nShare of the facts both outlets state that they state alike (told alike / shared).\n\n| |")
            .AppendJoin(string.Empty, model.Outlets.Select(o => $" {MarkdownText.Escape(o.Name)} |")).Append("\n|---|")
            .Append(string.Concat(Enumerable.Repeat("---:|", model.Outlets.Count))).Append('\n');
        foreach (var row in model.Outlets)
        {
            md.Append("| ").Append(MarkdownText.Escape(row.Name)).Append(" |");
            foreach (var column in model.Outlets)
            {
                md.Append(' ').Append(row.Id == column.Id ? "—"
                    : pairs.TryGetValue((row.Id, column.Id), out var p) && p.Rate is { } rate ? $"{ReportText.Percent(rate)} ({p.Agree}/{p.Shared})" : "n/a").Append(" |");
            }

            md.Append('\n');
        }

        md.Append('\n');
    }

    internal static CoverageState State(FindingKind kind) => kind switch
    {
        FindingKind.Agree => CoverageState.Agree,
        FindingKind.Differ => CoverageState.Differ,
        FindingKind.Omitted => CoverageState.Omitted,
        _ => CoverageState.Unique,
    };
}
