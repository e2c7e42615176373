using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Compare.Core.Html;

namespace Compare.Core.Corpus;

/// <summary>One HTML page of the corpus, parsed: its metadata, the text of its article body and of the whole page.</summary>
/// <param name="Path">The file.</param>
/// <param name="Metadata">What the head declares.</param>
/// <param name="BodyText">The article body as the outlet's body selector holds it, chrome inside it excluded; one line per block.</param>
/// <param name="VisibleText">Everything a reader sees on the page, chrome included; one line per block.</param>
public sealed record CorpusPage(string Path, PageMetadata Metadata, string BodyText, string VisibleText)
{
    /// <summary>Number of words of the article body.</summary>
    public int BodyWords => BodyText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    public static CorpusPage Load(string path, CorpusOutlet outlet)
    {
        ArgumentNullException.ThrowIfNull(outlet);
        var doc = new HtmlParser().ParseDocument(File.ReadAllText(path));
        var body = doc.QuerySelector(outlet.BodySelector)
            ?? throw new CorpusFormatException($"{path}: no element matches the body selector '{outlet.BodySelector}' of {outlet.Outlet.Id}");
        return new CorpusPage(path, PageMetadata.From(doc), HtmlText.Of(body, outlet.BodyExclude), HtmlText.Of(doc.Body ?? (IElement)doc.DocumentElement));
    }
}
