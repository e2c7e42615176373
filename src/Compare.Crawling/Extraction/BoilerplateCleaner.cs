using AngleSharp.Dom;
using Compare.Core.Html;

namespace Compare.Crawling.Extraction;

/// <summary>
/// Removes site chrome from a parsed page before the main-text search runs: structural chrome (nav, aside, footer, forms,
/// dialogs, captions, hidden elements) and elements whose class or id names chrome. An element is kept whatever its name
/// when it holds a large share of the page's paragraph text, so a body container with an unlucky class name survives.
/// </summary>
internal static class BoilerplateCleaner
{
    private const string Structural =
        "nav, aside, footer, form, dialog, figcaption, noscript, iframe, svg, button, select, textarea, " +
        "[role='navigation'], [role='banner'], [role='contentinfo'], [role='dialog'], [role='alertdialog'], [role='complementary'], " +
        "[role='search'], [aria-hidden='true'], [hidden], [itemprop='caption'], header";

    /// <summary>Removes chrome from <paramref name="doc"/> in place.</summary>
    public static void Clean(IDocument doc)
    {
        var body = doc.Body;
        if (body is null)
        {
            return;
        }

        CollapseBreakRuns(body);
        var total = ParagraphChars(body);
        var keepAbove = Math.Max(400, total / 4);
        foreach (var el in body.QuerySelectorAll(Structural).ToList())
        {
            if (el.Parent is not null && ParagraphChars(el) < keepAbove)
            {
                el.Remove();
            }
        }

        foreach (var el in body.QuerySelectorAll("figure").ToList())
        {
            if (el.Parent is not null && el.QuerySelector("table, pre, blockquote") is null)
            {
                el.Remove();
            }
        }

        foreach (var el in body.QuerySelectorAll("[class], [id]").ToList())
        {
            if (el.Parent is not null && el.LocalName is not ("body" or "html" or "main" or "article")
                && BoilerplateNames.LookLikeChrome(el.GetAttribute("class"), el.Id) && ParagraphChars(el) < keepAbove)
            {
                el.Remove();
            }
        }
    }

    /// <summary>
    /// Texts that are image captions on the page: figcaptions, caption-named elements, alt texts, and short texts that
    /// sit beside an image in its wrapper. A paragraph with the same text inside the article is a caption repeated
    /// between paragraphs, and is dropped.
    /// </summary>
    public static HashSet<string> Captions(IDocument doc)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var el in doc.QuerySelectorAll("figcaption, [itemprop='caption'], [class*='caption' i]"))
        {
            Add(el.TextContent);
        }

        foreach (var img in doc.QuerySelectorAll("img"))
        {
            Add(img.GetAttribute("alt"));
            AddBesideImage(img);
        }

        return set;

        void AddBesideImage(IElement img)
        {
            // The nearest wrapper that holds text; its other child elements are the caption and credit. Text directly in
            // that wrapper (an image inside a paragraph) is running text, not a caption.
            IElement branch = img;
            for (var (ancestor, depth) = (img.ParentElement, 0); ancestor is not null && depth < 3; (branch, ancestor, depth) = (ancestor, ancestor.ParentElement, depth + 1))
            {
                if (ancestor.LocalName is "body" or "p" || string.IsNullOrWhiteSpace(ancestor.TextContent))
                {
                    if (ancestor.LocalName is "body" or "p")
                    {
                        return;
                    }

                    continue;
                }

                foreach (var sibling in ancestor.Children.Where(c => c != branch))
                {
                    var text = HtmlText.Collapse(sibling.TextContent);
                    if (text.Length <= 300)
                    {
                        Add(text);
                    }
                }

                return;
            }
        }

        void Add(string? text)
        {
            var t = HtmlText.Collapse(text ?? string.Empty);
            if (t.Length >= 20)
            {
                set.Add(t);
            }
        }
    }

    /// <summary>
    /// Old pages separate paragraphs with <c>&lt;br&gt;&lt;br&gt;</c>. Readability turns such runs into paragraphs by moving
    /// the following siblings, which glues a dateline or a "back to archive" line onto the neighbouring paragraph; with
    /// each run cut to one break, the break itself stays a block boundary for <see cref="BlockReader"/>.
    /// </summary>
    private static void CollapseBreakRuns(IElement body)
    {
        foreach (var br in body.QuerySelectorAll("br").ToList())
        {
            if (br.Parent is null)
            {
                continue;
            }

            var next = br.NextSibling;
            while (next is IText t && string.IsNullOrWhiteSpace(t.Data))
            {
                next = next.NextSibling;
            }

            if (next is IElement { LocalName: "br" } second)
            {
                second.Remove();
            }
        }
    }

    private static int ParagraphChars(IElement el)
    {
        var sum = el.LocalName == "p" ? el.TextContent.Length : 0;
        foreach (var p in el.QuerySelectorAll("p"))
        {
            sum += p.TextContent.Length;
        }

        return sum;
    }
}
