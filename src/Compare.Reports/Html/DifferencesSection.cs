using Compare.Core.Domain;
using Compare.Reports.Model;
using Compare.Reports.Text;

namespace Compare.Reports.Html;

/// <summary>Differences side by side: each outlet's value and sentence, the differing words highlighted, with links.</summary>
internal static class DifferencesSection
{
    public static void Write(HtmlBuilder html, ReportModel model)
    {
        SectionFrame.Open(html, "differences", "Differences",
            $"{ReportText.Count(model.Differences.Count, "fact", "facts")} told differently, most salient first");
        if (model.Differences.Count == 0)
        {
            html.Raw("<p class=\"none\">The outlets state every shared fact alike.</p>");
        }

        foreach (var finding in model.Differences)
        {
            Card(html, model, finding);
        }

        SectionFrame.Close(html);
    }

    private static void Card(HtmlBuilder html, ReportModel model, Finding finding)
    {
        html.Open("article", "finding differ", finding.Id);
        EvidenceList.CardHeader(html, finding);
        if (finding.Differences.Count > 0)
        {
            html.Raw("<ul class=\"expl\">");
            foreach (var difference in finding.Differences)
            {
                html.Raw("<li><b>").Text(ReportText.Title(difference.Kind)).Raw(":</b> ").Text(difference.Explanation).Raw("</li>");
            }

            html.Raw("</ul>");
        }

        EvidenceList.LeftOut(html, model, finding);
        html.Raw("<div class=\"sides\">");
        var statements = OutletStatement.Of(finding, model.Outlets.Select(o => o.Id));
        var odd = OddOneOut.Of(finding);
        foreach (var statement in statements)
        {
            Side(html, model, statement, odd.Contains(statement.OutletId));
        }

        html.Raw("</div>");
        html.Close("article");
    }

    private static void Side(HtmlBuilder html, ReportModel model, OutletStatement statement, bool odd)
    {
        html.Raw("<div class=\"side").Raw(odd ? " odd" : string.Empty).Raw("\" data-outlet=\"").Text(statement.OutletId).Raw("\">");
        var first = statement.Sentences.Count > 0 ? statement.Sentences[0] : null;
        html.Element("div", "on", model.OutletName(statement.OutletId));
        if (statement.Values.Count > 0)
        {
            html.Raw("<dl class=\"vals\">");
            foreach (var (kind, value) in statement.Values)
            {
                html.Raw("<dt>").Text(ReportText.Name(kind)).Raw("</dt><dd>").Text(value.Shown);
                if (!string.IsNullOrWhiteSpace(value.Attribution) && kind != DifferenceKind.Attribution)
                {
                    html.Raw(" <span class=\"off\">(").Text(value.Attribution).Raw(")</span>");
                }

                html.Raw("</dd>");
            }

            html.Raw("</dl>");
        }

        if (first is not null)
        {
            Sentence(html, statement, first);
            html.Link(first.Url, "source article ↗", "src").Raw(" ");
            EvidenceList.Offsets(html, first);
        }

        if (statement.Sentences.Count > 1)
        {
            html.Raw("<details class=\"ev\"><summary>").Text(ReportText.Count(statement.Sentences.Count - 1, "more sentence", "more sentences"))
                .Raw("</summary>");
            foreach (var more in statement.Sentences.Skip(1))
            {
                Sentence(html, statement, more);
                EvidenceList.Offsets(html, more);
            }

            html.Raw("</details>");
        }

        html.Raw("</div>");
    }

    private static void Sentence(HtmlBuilder html, OutletStatement statement, Evidence sentence)
    {
        html.Raw("<blockquote>");
        foreach (var segment in statement.Segments(sentence))
        {
            if (segment.Kind is { } kind)
            {
                html.Raw("<mark class=\"m-").Raw(ReportText.Token(kind)).Raw("\" title=\"").Text(ReportText.Name(kind)).Raw("\">")
                    .Text(segment.Text).Raw("</mark>");
            }
            else
            {
                html.Text(segment.Text);
            }
        }

        html.Raw("</blockquote>");
    }
}
