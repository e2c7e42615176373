using Compare.Core.Domain;
using Compare.Reports.Model;
using Compare.Reports.Text;

namespace Compare.Reports.Html;

/// <summary>Unique claims per outlet: what only one outlet states, with its sentence and a link to the article.</summary>
internal static class UniqueClaimsSection
{
    private const int OpenUpTo = 8;

    public static void Write(HtmlBuilder html, ReportModel model)
    {
        SectionFrame.Open(html, "unique", "Unique claims per outlet",
            $"{ReportText.Count(model.Uniques.Count, "fact", "facts")} only one outlet states");
        foreach (var outlet in model.Outlets)
        {
            var uniques = model.UniquesOf(outlet.Id);
            html.Raw("<details class=\"per\" data-outlet=\"").Text(outlet.Id).Raw("\"")
                .Raw(model.Outlets.Count <= OpenUpTo && uniques.Count > 0 ? " open" : string.Empty).Raw("><summary>").Text(outlet.Name)
                .Raw(" <span class=\"c\">").Text(ReportText.Count(uniques.Count, "unique claim", "unique claims")).Raw("</span></summary>");
            if (uniques.Count == 0)
            {
                html.Raw("<p class=\"none\">States nothing the others do not.</p>");
            }

            foreach (var finding in uniques)
            {
                Card(html, model, finding, outlet.Id);
            }

            html.Raw("</details>");
        }

        SectionFrame.Close(html);
    }

    private static void Card(HtmlBuilder html, ReportModel model, Finding finding, string outletId)
    {
        html.Open("article", "finding unique", finding.Id);
        EvidenceList.CardHeader(html, finding);
        EvidenceList.LeftOut(html, model, finding);
        foreach (var evidence in finding.Evidence.Where(e => e.OutletId == outletId))
        {
            html.Raw("<blockquote>").Text(evidence.Sentence).Raw("</blockquote>");
            html.Link(evidence.Url, "source article ↗", "src").Raw(" ");
            EvidenceList.Offsets(html, evidence);
        }

        if (!finding.Evidence.Any(e => e.OutletId == outletId))
        {
            html.Raw("<p class=\"none\">No evidence sentence recorded.</p>");
        }

        html.Close("article");
    }
}
