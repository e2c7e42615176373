using System.Globalization;
using Compare.Core.Domain;
using Compare.Reports.Model;
using Compare.Reports.Text;

namespace Compare.Reports.Html;

/// <summary>Evidence sentences that open in place: outlet (linking to the article), the sentence, its character offsets.</summary>
internal static class EvidenceList
{
    public static void Details(HtmlBuilder html, ReportModel model, IReadOnlyList<Evidence> evidence, string label)
    {
        if (evidence.Count == 0)
        {
            html.Raw("<p class=\"none\">No evidence sentence recorded.</p>");
            return;
        }

        html.Raw("<details class=\"ev\"><summary>").Text(label).Raw("</summary><ul class=\"ev\">");
        foreach (var item in evidence)
        {
            html.Raw("<li>").Link(item.Url, model.OutletName(item.OutletId), "src").Raw(": <q>").Text(item.Sentence).Raw("</q> ");
            Offsets(html, item);
            html.Raw("</li>");
        }

        html.Raw("</ul></details>");
    }

    public static void Offsets(HtmlBuilder html, Evidence item) =>
        html.Raw("<span class=\"off\">").Text(string.Create(CultureInfo.InvariantCulture, $"chars {item.Start}–{item.Start + item.Length}")).Raw("</span>");

    public static string Label(ReportModel model, IReadOnlyList<Evidence> evidence)
    {
        var outlets = evidence.Select(e => e.OutletId).Distinct(StringComparer.Ordinal).Count();
        return $"Evidence: {ReportText.Count(evidence.Count, "sentence", "sentences")} from {ReportText.Count(outlets, "outlet", "outlets")}";
    }

    /// <summary>A finding card's header: id, summary, scores.</summary>
    public static void CardHeader(HtmlBuilder html, Finding finding)
    {
        html.Raw("<header><span class=\"fid\">").Text(finding.Id).Raw("</span><h3>").Text(finding.Summary).Raw("</h3>");
        foreach (var kind in finding.Differences.Select(d => d.Kind).Distinct())
        {
            html.Raw("<span class=\"k k-").Raw(ReportText.Token(kind)).Raw("\">").Text(ReportText.Name(kind)).Raw("</span>");
        }

        html.Raw("<span class=\"score\">confidence ").Text(ReportText.Score(finding.Confidence)).Raw(" · salience ")
            .Text(ReportText.Score(finding.Salience)).Raw("</span></header>");
    }

    /// <summary>
    /// "Left out by …" on a statement's card, one line per omitted finding of the fact, each with that finding's id as
    /// anchor so links to the omission land here.
    /// </summary>
    public static void LeftOut(HtmlBuilder html, ReportModel model, Finding statement)
    {
        foreach (var omitted in model.OmissionsBeside(statement))
        {
            html.Raw("<p class=\"by left\" id=\"").Text(omitted.Id).Raw("\">∅ Left out by <b>")
                .Text(NameList.Join(omitted.Outlets.Select(model.OutletName).ToList())).Raw("</b> <span class=\"fid\">").Text(omitted.Id)
                .Raw("</span> salience ").Text(ReportText.Score(omitted.Salience)).Raw("</p>");
        }
    }

    /// <summary>A small bar showing salience, with the number for readers without colour.</summary>
    public static void Salience(HtmlBuilder html, double salience)
    {
        var width = (int)Math.Round(Math.Clamp(salience, 0, 1) * 100);
        html.Raw("<span class=\"sal\" title=\"salience ").Text(ReportText.Score(salience)).Raw("\"><i style=\"width:")
            .Number(width).Raw("%\"></i></span>");
    }
}
