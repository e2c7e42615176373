using System.Text;
using AngleSharp.Dom;
using Compare.Core.Html;

namespace Compare.Crawling.Extraction;

/// <summary>
/// Turns a DOM subtree into text blocks, one per block element, counting link text per block. Table rows become one
/// block each with their cells separated by " | ", so cells never run together ("Revenue2025" becomes "Revenue | 2025");
/// tables that only lay out blocks (cells holding paragraphs) are read as ordinary containers.
/// </summary>
internal static class BlockReader
{
    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "svg", "iframe", "button", "input", "select", "textarea", "object", "canvas",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
        "summary", "ul", "br", "caption", "tbody", "thead", "tfoot", "td", "th", "tr", "table",
    };

    public static List<TextBlock> Read(IElement root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var state = new State();
        Walk(root, state, inLink: false);
        state.Flush(BlockKind.Paragraph);
        return state.Blocks;
    }

    private static void Walk(INode node, State state, bool inLink)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    state.Append(text.Data, inLink);
                    break;
                case IElement el when Invisible.Contains(el.LocalName):
                    break;
                case IElement el when el.LocalName == "table" && IsDataTable(el):
                    state.Flush(BlockKind.Paragraph);
                    ReadTable(el, state);
                    break;
                case IElement el when Blocks.Contains(el.LocalName):
                    state.Flush(BlockKind.Paragraph);
                    Walk(el, state, inLink);
                    state.Flush(KindOf(el));
                    break;
                case IElement el:
                    Walk(el, state, inLink || el.LocalName == "a");
                    break;
                default:
                    break;
            }
        }
    }

    private static BlockKind KindOf(IElement el) => el.LocalName switch
    {
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Heading,
        "li" or "dt" or "dd" => BlockKind.ListItem,
        "blockquote" => BlockKind.Quote,
        "pre" => BlockKind.Preformatted,
        _ => BlockKind.Paragraph,
    };

    /// <summary>A table whose cells hold only inline content (text, links, emphasis), not paragraphs or nested tables.</summary>
    private static bool IsDataTable(IElement table) =>
        !table.QuerySelectorAll("td, th").Any(cell => cell.QuerySelector("p, div, table, ul, ol, h1, h2, h3, h4, h5, h6, blockquote") is not null);

    private static void ReadTable(IElement table, State state)
    {
        var caption = table.QuerySelector("caption");
        if (caption is not null)
        {
            Walk(caption, state, inLink: false);
            state.Flush(BlockKind.Paragraph);
        }

        foreach (var row in table.QuerySelectorAll("tr"))
        {
            var first = true;
            foreach (var cell in row.Children.Where(c => c.LocalName is "td" or "th"))
            {
                if (!first)
                {
                    state.Append(" | ", inLink: false);
                }

                Walk(cell, state, inLink: false);
                first = false;
            }

            state.Flush(BlockKind.TableRow);
        }
    }

    private sealed class State
    {
        private readonly StringBuilder _text = new();
        private int _linkChars;

        public List<TextBlock> Blocks { get; } = [];

        public void Append(string text, bool inLink)
        {
            _text.Append(text);
            if (inLink)
            {
                _linkChars += text.Count(c => !char.IsWhiteSpace(c));
            }
        }

        public void Flush(BlockKind kind)
        {
            var text = HtmlText.Collapse(_text.ToString());
            if (text.Trim('|', ' ').Length > 0)
            {
                Blocks.Add(new TextBlock(text, kind, _linkChars));
            }

            _text.Clear();
            _linkChars = 0;
        }
    }
}
