using System.Globalization;
using DiffPlex;
using DiffPlex.Chunkers;

namespace Compare.Crawling.Revisions;

/// <summary>
/// A one-line summary of how an article's text changed, from a paragraph diff and a word diff (DiffPlex):
/// <c>2 paragraphs changed, 1 added; +14/-9 words; first change: "two workers" -> "three workers"</c>.
/// </summary>
public static class RevisionDiff
{
    private const int SnippetChars = 60;

    public static string Summarize(string oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        // One paragraph per line: the texts separate paragraphs with a blank line.
        var paragraphs = Differ.Instance.CreateDiffs(
            Paragraphs(oldText), Paragraphs(newText), ignoreWhiteSpace: true, ignoreCase: false, LineChunker.Instance);
        int changed = 0, added = 0, removed = 0;
        foreach (var block in paragraphs.DiffBlocks)
        {
            var both = Math.Min(block.DeleteCountA, block.InsertCountB);
            changed += both;
            added += block.InsertCountB - both;
            removed += block.DeleteCountA - both;
        }

        var words = Differ.Instance.CreateWordDiffs(oldText, newText, ignoreWhitespace: true, [' ', '\n', '\t']);
        // Word counts as a bag difference: DiffPlex's word alignment pairs separators too, which skews counts of moved text.
        var (plus, minus) = WordChanges(oldText, newText);
        var parts = new List<string>();
        if (changed > 0)
        {
            parts.Add(Count(changed, "paragraph") + " changed");
        }

        if (added > 0)
        {
            parts.Add(Count(added, "paragraph") + " added");
        }

        if (removed > 0)
        {
            parts.Add(Count(removed, "paragraph") + " removed");
        }

        var summary = (parts.Count == 0 ? "whitespace only" : string.Join(", ", parts))
            + string.Create(CultureInfo.InvariantCulture, $"; +{plus}/-{minus} words");
        if (words.DiffBlocks.Count > 0)
        {
            var first = words.DiffBlocks[0];
            var was = string.Concat(words.PiecesOld.Skip(first.DeleteStartA).Take(first.DeleteCountA));
            var now = string.Concat(words.PiecesNew.Skip(first.InsertStartB).Take(first.InsertCountB));
            summary += $"; first change: \"{Clip(was)}\" -> \"{Clip(now)}\"";
        }

        return summary;
    }

    private static (int Added, int Removed) WordChanges(string oldText, string newText)
    {
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in Compare.Crawling.Extraction.TokenF1.Tokens(oldText))
        {
            bag[w] = bag.GetValueOrDefault(w) + 1;
        }

        var added = 0;
        foreach (var w in Compare.Crawling.Extraction.TokenF1.Tokens(newText))
        {
            if (bag.GetValueOrDefault(w) > 0)
            {
                bag[w]--;
            }
            else
            {
                added++;
            }
        }

        return (added, bag.Values.Sum());
    }

    private static string Paragraphs(string text) =>
        string.Join('\n', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Compare.Core.Html.HtmlText.Collapse));

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");

    private static string Clip(string s)
    {
        s = s.Trim();
        return s.Length <= SnippetChars ? s : s[..SnippetChars] + "...";
    }
}
