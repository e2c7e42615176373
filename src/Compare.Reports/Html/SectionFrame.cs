namespace Compare.Reports.Html;

/// <summary>A collapsible section of the page: a heading that opens and closes it, a hint, then its body.</summary>
internal static class SectionFrame
{
    public static void Open(HtmlBuilder html, string id, string title, string hint, bool open = true)
    {
        html.Raw("<section class=\"sec\" id=\"").Raw(id).Raw("\"><details").Raw(open ? " open" : string.Empty).Raw("><summary><h2>")
            .Text(title).Raw("</h2><span class=\"hint\">").Text(hint).Raw("</span></summary><div class=\"body\">");
    }

    public static void Close(HtmlBuilder html) => html.Raw("</div></details></section>");
}
