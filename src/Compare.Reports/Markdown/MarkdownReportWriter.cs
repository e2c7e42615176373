using System.Globalization;
using System.Text;
using Compare.Core.Domain;
using Compare.Reports.Model;
using Compare.Reports.Text;

namespace Compare.Reports.Markdown;

/// <summary>Writes the Markdown report: the HTML report's content as text (the charts' figures are in the outlet table).</summary>
internal static class MarkdownReportWriter
{
    public static string Render(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var md = new StringBuilder(16 * 1024);
        MarkdownOverview.Write(md, model);
        MarkdownMatrix.Write(md, model);
        Differences(md, model);
        Omissions(md, model);
        Uniques(md, model);
        Agreements(md, model);
        Method(md, model.Comparison.Method, model.Comparison.Findings);
        return md.ToString();
    }

    private static void Differences(StringBuilder md, ReportModel model)
    {
        md.Append("## Differences\n\n");
        if (model.Differences.Count == 0)
        {
            md.Append("The outlets state every shared fact alike.\n\n");
        }

        foreach (var finding in model.Differences)
        {
            Heading(md, "###", finding);
            LeftOut(md, model, finding);
            foreach (var difference in finding.Differences)
            {
                md.Append("- **").Append(ReportText.Title(difference.Kind)).Append(":** ").Append(MarkdownText.Escape(difference.Explanation)).Append('\n');
            }

            var kinds = finding.Differences.Select(d => d.Kind).Distinct().ToList();
            md.Append("\n| Outlet | ").AppendJoin(" | ", kinds.Select(ReportText.Title)).Append(" | Sentence | Source |\n|---|")
                .Append(string.Concat(Enumerable.Repeat("---|", kinds.Count))).Append("---|---|\n");
            foreach (var statement in OutletStatement.Of(finding, model.Outlets.Select(o => o.Id)))
            {
                var first = statement.Sentences.Count > 0 ? statement.Sentences[0] : null;
                md.Append("| ").Append(MarkdownText.Escape(model.OutletName(statement.OutletId))).Append(" | ");
                foreach (var kind in kinds)
                {
                    var values = statement.Values.Where(v => v.Kind == kind).Select(v => Value(v.Value)).ToList();
                    md.Append(values.Count == 0 ? "—" : string.Join("; ", values)).Append(" | ");
                }

                md.Append(first is null ? "—" : MarkdownText.Highlighted(statement.Segments(first))).Append(" | ")
                    .Append(first is null ? "—" : Source(first)).Append(" |\n");
            }

            md.Append('\n');
        }
    }

    private static void Omissions(StringBuilder md, ReportModel model)
    {
        md.Append("## Omissions per outlet\n\n");
        foreach (var outlet in model.Outlets)
        {
            var omitted = model.OmissionsOf(outlet.Id);
            md.Append("### ").Append(MarkdownText.Escape(outlet.Name)).Append(" — leaves out ")
                .Append(ReportText.Count(omitted.Count, "fact", "facts")).Append("\n\n");
            var rank = 1;
            foreach (var finding in omitted)
            {
                md.Append(rank++.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(finding.Id).Append(" · ")
                    .Append(MarkdownText.Escape(finding.Summary)).Append(" — salience ").Append(ReportText.Score(finding.Salience))
                    .Append(" — stated by ").Append(MarkdownText.Escape(NameList.Join(model.StatingOutlets(finding).Select(model.OutletName).ToList())))
                    .Append('\n');
            }

            md.Append(omitted.Count == 0 ? "Leaves out no fact that others state.\n\n" : "\n");
        }

        // An omission whose fact is told under Differences, Agreements or Unique claims is shown there, once.
        var alone = model.Omissions.Where(f => model.StatementOf(f) is null).ToList();
        if (alone.Count > 0)
        {
            md.Append("### Omitted facts and what the others say\n\n");
        }

        foreach (var finding in alone)
        {
            Heading(md, "####", finding);
            md.Append("Left out by ").Append(MarkdownText.Escape(NameList.Join(finding.Outlets.Select(model.OutletName).ToList()))).Append(".\n\n");
            Evidence(md, model, finding.Evidence);
        }
    }

    private static void Uniques(StringBuilder md, ReportModel model)
    {
        md.Append("## Unique claims per outlet\n\n");
        foreach (var outlet in model.Outlets)
        {
            var uniques = model.UniquesOf(outlet.Id);
            md.Append("### ").Append(MarkdownText.Escape(outlet.Name)).Append(" — ")
                .Append(ReportText.Count(uniques.Count, "unique claim", "unique claims")).Append("\n\n");
            foreach (var finding in uniques)
            {
                md.Append("- ").Append(finding.Id).Append(" · **").Append(MarkdownText.Escape(finding.Summary)).Append("** — salience ")
                    .Append(ReportText.Score(finding.Salience)).Append('\n');
                foreach (var omitted in model.OmissionsBeside(finding))
                {
                    md.Append("  - ∅ Left out by ").Append(MarkdownText.Escape(NameList.Join(omitted.Outlets.Select(model.OutletName).ToList())))
                        .Append(" (").Append(omitted.Id).Append(")\n");
                }

                foreach (var evidence in finding.Evidence.Where(e => e.OutletId == outlet.Id))
                {
                    md.Append("  - “").Append(MarkdownText.Escape(evidence.Sentence)).Append("” ").Append(Source(evidence)).Append('\n');
                }
            }

            md.Append(uniques.Count == 0 ? "States nothing the others do not.\n\n" : "\n");
        }
    }

    private static void Agreements(StringBuilder md, ReportModel model)
    {
        md.Append("## Agreements\n\n");
        if (model.Agreements.Count == 0)
        {
            md.Append("No fact is told alike by several outlets.\n\n");
        }

        foreach (var finding in model.Agreements)
        {
            Heading(md, "###", finding);
            LeftOut(md, model, finding);
            md.Append("Stated alike by ").Append(MarkdownText.Escape(NameList.Join(model.StatingOutlets(finding).Select(model.OutletName).ToList())))
                .Append(".\n\n");
            Evidence(md, model, finding.Evidence);
        }
    }

    private static void Method(StringBuilder md, ComparisonMethod method, IReadOnlyList<Finding> findings)
    {
        md.Append("## Method\n\n- Engine: ").Append(MarkdownText.Escape(method.EngineVersion)).Append("\n- Sentence embeddings: ")
            .Append(MarkdownText.Escape(method.Embedder)).Append("\n- Pair model: ").Append(MarkdownText.Escape(method.PairModel)).Append("\n\n");
        var confidence = findings.Count > 0 ? [Html.ReportNotes.Confidence(findings)] : Array.Empty<string>();
        foreach (var note in method.Notes.Concat(confidence).Concat(Html.ReportNotes.Reading))
        {
            md.Append(MarkdownText.EscapeBlock(note)).Append("\n\n");
        }
    }

    private static void Heading(StringBuilder md, string level, Finding finding)
    {
        md.Append(level).Append(' ').Append(finding.Id).Append(" · ").Append(MarkdownText.Escape(finding.Summary));
        var kinds = finding.Differences.Select(d => ReportText.Name(d.Kind)).Distinct(StringComparer.Ordinal).ToList();
        if (kinds.Count > 0)
        {
            md.Append(" (").AppendJoin(", ", kinds).Append(')');
        }

        md.Append("\n\nconfidence ").Append(ReportText.Score(finding.Confidence)).Append(" · salience ").Append(ReportText.Score(finding.Salience))
            .Append("\n\n");
    }

    private static void LeftOut(StringBuilder md, ReportModel model, Finding statement)
    {
        foreach (var omitted in model.OmissionsBeside(statement))
        {
            md.Append("∅ Left out by ").Append(MarkdownText.Escape(NameList.Join(omitted.Outlets.Select(model.OutletName).ToList())))
                .Append(" (").Append(omitted.Id).Append(", salience ").Append(ReportText.Score(omitted.Salience)).Append(").\n\n");
        }
    }

    private static void Evidence(StringBuilder md, ReportModel model, IReadOnlyList<Evidence> evidence)
    {
        foreach (var item in evidence)
        {
            md.Append("- ").Append(MarkdownText.Escape(model.OutletName(item.OutletId))).Append(": “").Append(MarkdownText.Escape(item.Sentence))
                .Append("” ").Append(Source(item)).Append('\n');
        }

        md.Append(evidence.Count == 0 ? "No evidence sentence recorded.\n\n" : "\n");
    }

    private static string Value(OutletValue value) =>
        string.IsNullOrWhiteSpace(value.Attribution) || value.Attribution == value.Value
            ? MarkdownText.Escape(value.Shown)
            : $"{MarkdownText.Escape(value.Shown)} ({MarkdownText.Escape(value.Attribution)})";

    private static string Source(Evidence item) =>
        $"({MarkdownText.Link("source", item.Url)}, chars {item.Start.ToString(CultureInfo.InvariantCulture)}–{(item.Start + item.Length).ToString(CultureInfo.InvariantCulture)})";
}
