using Compare.Core.Domain;
using Compare.Reports.Model;
using Compare.Reports.Text;

namespace Compare.Reports.Html;

/// <summary>
/// Omissions per outlet, ranked by salience. Each entry links to the one card that shows what the others say (the
/// fact's difference or agreement card, else a card here) instead of repeating the evidence per outlet, which keeps a
/// 20-outlet report small.
/// </summary>
internal static class OmissionsSection
{
    // Above this many outlets the per-outlet lists start closed.
    private const int OpenUpTo = 8;

    public static void Write(HtmlBuilder html, ReportModel model)
    {
        SectionFrame.Open(html, "omissions", "Omissions per outlet",
            $"{ReportText.Count(model.Omissions.Count, "fact", "facts")} some outlets leave out, most salient first");
        foreach (var outlet in model.Outlets)
        {
            PerOutlet(html, model, outlet, model.Outlets.Count <= OpenUpTo);
        }

        // An omission whose fact has a card elsewhere (a difference, an agreement) is shown there; the rest get a card here.
        var alone = model.Omissions.Where(f => model.StatementOf(f) is null).ToList();
        if (alone.Count > 0)
        {
            html.Raw("<h3 class=\"sub\">Omitted facts and what the others say</h3>");
        }

        foreach (var finding in alone)
        {
            Card(html, model, finding);
        }

        SectionFrame.Close(html);
    }

    private static void PerOutlet(HtmlBuilder html, ReportModel model, OutletColumn outlet, bool open)
    {
        var omitted = model.OmissionsOf(outlet.Id);
        html.Raw("<details class=\"per\" data-outlet=\"").Text(outlet.Id).Raw("\"").Raw(open && omitted.Count > 0 ? " open" : string.Empty)
            .Raw("><summary>").Text(outlet.Name).Raw(" <span class=\"c\">leaves out ")
            .Text(ReportText.Count(omitted.Count, "fact", "facts")).Raw("</span></summary>");
        if (omitted.Count == 0)
        {
            html.Raw("<p class=\"none\">Leaves out no fact that others state.</p></details>");
            return;
        }

        html.Raw("<ol class=\"rank\">");
        foreach (var finding in omitted)
        {
            html.Raw("<li>");
            EvidenceList.Salience(html, finding.Salience);
            html.Raw("<a href=\"#").Text(finding.Id).Raw("\">").Text(finding.Summary).Raw("</a> <span class=\"by\">salience ")
                .Text(ReportText.Score(finding.Salience)).Raw(" · stated by ")
                .Text(NameList.Join(model.StatingOutlets(finding).Select(model.OutletName).ToList())).Raw("</span></li>");
        }

        html.Raw("</ol></details>");
    }

    private static void Card(HtmlBuilder html, ReportModel model, Finding finding)
    {
        html.Open("article", "finding omitted", finding.Id);
        EvidenceList.CardHeader(html, finding);
        html.Raw("<p class=\"by\">Left out by <b>").Text(NameList.Join(finding.Outlets.Select(model.OutletName).ToList()))
            .Raw("</b>; stated by ").Text(NameList.Join(model.StatingOutlets(finding).Select(model.OutletName).ToList())).Raw(".</p>");
        EvidenceList.Details(html, model, finding.Evidence, EvidenceList.Label(model, finding.Evidence));
        html.Close("article");
    }
}
