using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Compare.Core.Domain;

namespace Compare.Reports.Tests.Html;

/// <summary>A comparison rendered as HTML and parsed back with AngleSharp, as a browser would read it.</summary>
internal static class RenderedHtml
{
    public static IDocument Parse(Comparison comparison) => new HtmlParser().ParseDocument(ReportRenderer.Render(comparison, ReportFormat.Html));

    public static IReadOnlyList<string> Texts(this IEnumerable<IElement> elements) => elements.Select(e => e.TextContent.Trim()).ToList();
}
