using Compare.Core.Domain;
using Compare.Reports.Model;
using Compare.Reports.Text;

namespace Compare.Reports.Html;

/// <summary>Facts the outlets state alike, each with its evidence to open in place.</summary>
internal static class AgreementsSection
{
    // A long list of agreements is what an analyst reads last: beyond this many it starts closed.
    private const int OpenUpTo = 40;

    public static void Write(HtmlBuilder html, ReportModel model)
    {
        SectionFrame.Open(html, "agreements", "Agreements",
            $"{ReportText.Count(model.Agreements.Count, "fact", "facts")} told alike", model.Agreements.Count <= OpenUpTo);
        if (model.Agreements.Count == 0)
        {
            html.Raw("<p class=\"none\">No fact is told alike by several outlets.</p>");
        }

        foreach (var finding in model.Agreements)
        {
            html.Open("article", "finding agree", finding.Id);
            EvidenceList.CardHeader(html, finding);
            html.Raw("<p class=\"by\">Stated alike by ").Text(NameList.Join(model.StatingOutlets(finding).Select(model.OutletName).ToList()))
                .Raw(".</p>");
            EvidenceList.LeftOut(html, model, finding);
            EvidenceList.Details(html, model, finding.Evidence, EvidenceList.Label(model, finding.Evidence));
            html.Close("article");
        }

        SectionFrame.Close(html);
    }
}
