using System.Text;
using AngleSharp.Dom;

namespace Compare.Core.Html;

/// <summary>
/// The text a reader sees in a DOM subtree: one line per block element, inline elements joined without a break,
/// whitespace collapsed, script/style/template content dropped. AngleSharp's <c>TextContent</c> runs blocks together
/// ("end.Next heading"), which would forge sentences that no page shows, so the walk is ours.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "svg", "iframe", "button", "input", "select", "textarea",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
        "ol", "p", "pre", "section", "summary", "table", "tr", "td", "th", "ul", "br", "caption",
    };

    /// <summary>Visible text of <paramref name="root"/>, skipping elements that match <paramref name="excludeSelector"/>.</summary>
    public static string Of(IElement root, string? excludeSelector = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        var excluded = string.IsNullOrWhiteSpace(excludeSelector)
            ? new HashSet<IElement>()
            : root.QuerySelectorAll(excludeSelector).ToHashSet();
        var lines = new List<string>();
        var current = new StringBuilder();
        Walk(root, excluded, lines, current);
        Flush(lines, current);
        return string.Join('\n', lines);
    }

    private static void Walk(INode node, HashSet<IElement> excluded, List<string> lines, StringBuilder current)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    current.Append(text.Data);
                    break;
                case IElement el when Invisible.Contains(el.LocalName) || excluded.Contains(el):
                    break;
                case IElement el when Blocks.Contains(el.LocalName):
                    Flush(lines, current);
                    Walk(el, excluded, lines, current);
                    Flush(lines, current);
                    break;
                case IElement el:
                    Walk(el, excluded, lines, current);
                    break;
                default:
                    break;
            }
        }
    }

    private static void Flush(List<string> lines, StringBuilder current)
    {
        var line = Collapse(current.ToString());
        current.Clear();
        if (line.Length > 0)
        {
            lines.Add(line);
        }
    }

    /// <summary>Collapses runs of whitespace (including non-breaking spaces) into one space and trims.</summary>
    public static string Collapse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
