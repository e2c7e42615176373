using Compare.Reports.Model;

namespace Compare.Reports.Html;

/// <summary>The method note: how claims were matched and judged, and how to read the report.</summary>
internal static class MethodSection
{
    public static void Write(HtmlBuilder html, ReportModel model)
    {
        var method = model.Comparison.Method;
        SectionFrame.Open(html, "method", "Method", "how claims were matched and what the scores mean");
        html.Raw("<div class=\"method\"><dl><dt>Engine</dt><dd>").Text(method.EngineVersion).Raw("</dd><dt>Sentence embeddings</dt><dd>")
            .Text(method.Embedder).Raw("</dd><dt>Pair model</dt><dd>").Text(method.PairModel).Raw("</dd></dl>");
        foreach (var note in method.Notes)
        {
            html.Element("p", null, note);
        }

        if (model.Comparison.Findings.Count > 0)
        {
            html.Element("p", null, ReportNotes.Confidence(model.Comparison.Findings));
        }

        foreach (var line in ReportNotes.Reading)
        {
            html.Element("p", "by", line);
        }

        html.Raw("</div>");
        SectionFrame.Close(html);
    }
}
