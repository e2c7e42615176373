using Compare.Core.Html;

namespace Compare.Crawling.Extraction;

/// <summary>
/// Drops the boilerplate a main-text extractor keeps, which is where almost all of its errors lie: leading site menus,
/// kickers, decks and bylines; trailing "related stories", newsletter and author boxes; link lists anywhere; captions
/// repeated between paragraphs; repeated blocks. Rules are generic (text shape, link density, phrases), never per site.
/// </summary>
internal static class BlockFilter
{
    /// <summary>A paragraph of running text: enough words, ends like a sentence, little link text.</summary>
    public static bool IsContent(TextBlock b) =>
        b.Kind is BlockKind.Paragraph or BlockKind.Quote or BlockKind.ListItem or BlockKind.Preformatted
        && b.LinkDensity < 0.35
        && ((b.Words >= 10 && EndsLikeSentence(b.Text)) || b.Words >= 30);

    public static List<TextBlock> Filter(IReadOnlyList<TextBlock> blocks, string? title, string? byline, IReadOnlySet<string> captions)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(captions);
        var normalizedTitle = Normalize(title ?? string.Empty);
        var keep = new bool[blocks.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            var norm = Normalize(b.Text);
            keep[i] = norm.Length > 0
                && norm != normalizedTitle
                && !captions.Contains(b.Text)
                && (b.Words >= 6 ? seen.Add(norm) : true)
                && !(b.Words <= 12 && BoilerplatePhrases.IsChromeLine(b.Text))
                && !BoilerplatePhrases.IsBylineOrDate(b.Text)
                && !IsLinkList(b);
        }

        var first = FirstIndex(blocks, keep, IsContent);
        if (first < 0)
        {
            return [];
        }

        var last = LastIndex(blocks, keep, IsContent);
        for (var i = 0; i < first; i++)
        {
            // Before the text starts: kickers, decks and labels have no closing punctuation; a short opening sentence does.
            keep[i] &= blocks[i].Kind != BlockKind.Heading && EndsLikeSentence(blocks[i].Text) && blocks[i].Words >= 4;
        }

        var listIntro = false;
        for (var i = last + 1; i < blocks.Count; i++)
        {
            var b = blocks[i];
            // After the text ends: keep sentences and a list that a sentence ending in ':' introduces; drop labels and boxes.
            listIntro = keep[i - 1] && blocks[i - 1].Text.EndsWith(':') || (listIntro && b.Kind == BlockKind.ListItem);
            keep[i] &= (b.Kind == BlockKind.ListItem && listIntro) || (b.Kind != BlockKind.Heading && EndsLikeSentence(b.Text) && b.LinkDensity < 0.2);
        }

        EchoDetector.DropEchoes(blocks, keep);
        DropTrailingAuthorNotes(blocks, keep, byline);
        DropOrphanHeadings(blocks, keep);
        var result = new List<TextBlock>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (keep[i])
            {
                result.Add(blocks[i]);
            }
        }

        return result;
    }

    /// <summary>An author note among the last two kept blocks ("Jane Doe is a staff writer at ...").</summary>
    private static void DropTrailingAuthorNotes(IReadOnlyList<TextBlock> blocks, bool[] keep, string? byline)
    {
        var seen = 0;
        for (var i = blocks.Count - 1; i >= 0 && seen < 2; i--)
        {
            if (!keep[i])
            {
                continue;
            }

            seen++;
            if (BoilerplatePhrases.IsAuthorBio(blocks[i].Text, byline))
            {
                keep[i] = false;
            }
        }
    }

    /// <summary>Headings that label chrome, or whose section was removed entirely (a "Related coverage" over a link list).</summary>
    private static void DropOrphanHeadings(IReadOnlyList<TextBlock> blocks, bool[] keep)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!keep[i] || blocks[i].Kind != BlockKind.Heading)
            {
                continue;
            }

            if (BoilerplatePhrases.IsChromeHeading(blocks[i].Text))
            {
                keep[i] = false;
                continue;
            }

            var next = i + 1;
            var removedBetween = false;
            while (next < blocks.Count && !keep[next])
            {
                removedBetween = true;
                next++;
            }

            if (next >= blocks.Count || (removedBetween && blocks[next].Kind == BlockKind.Heading))
            {
                keep[i] = false;
            }
            else if (removedBetween && i + 1 < blocks.Count && IsLinkList(blocks[i + 1]))
            {
                keep[i] = false;
            }
        }
    }

    private static bool IsLinkList(TextBlock b) =>
        b.LinkDensity > 0.6 || (b.LinkDensity > 0.35 && (b.Kind is BlockKind.ListItem or BlockKind.Heading || b.Words < 15));

    private static int FirstIndex(IReadOnlyList<TextBlock> blocks, bool[] keep, Func<TextBlock, bool> predicate)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (keep[i] && predicate(blocks[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int LastIndex(IReadOnlyList<TextBlock> blocks, bool[] keep, Func<TextBlock, bool> predicate)
    {
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            if (keep[i] && predicate(blocks[i]))
            {
                return i;
            }
        }

        return -1;
    }

    public static bool EndsLikeSentence(string text)
    {
        var t = text.TrimEnd();
        if (t.StartsWith('(') && t.EndsWith(')'))
        {
            return true;
        }

        while (t.Length > 0 && t[^1] is '"' or '\'' or '”' or '’' or ')' or ']' or '»' or '*')
        {
            t = t[..^1];
        }

        return t.Length > 0 && t[^1] is '.' or '!' or '?' or '…' or ':' or ';' or '。' or '！' or '？';
    }

    private static string Normalize(string s) => HtmlText.Collapse(s).Trim().TrimEnd('.', ' ').ToUpperInvariant();
}
