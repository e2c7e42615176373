using Compare.Core.Html;

namespace Compare.Crawling.Extraction;

/// <summary>
/// Finds pull quotes: short blocks whose word pairs nearly all occur elsewhere in the article (a sentence lifted from
/// the body and set large between paragraphs). Counting word pairs instead of words keeps a short paragraph of common
/// words from looking like an echo.
/// </summary>
internal static class EchoDetector
{
    private const int MinTokens = 8;
    private const int MaxWords = 40;

    /// <summary>Marks in <paramref name="keep"/> the kept blocks that echo other kept blocks.</summary>
    public static void DropEchoes(IReadOnlyList<TextBlock> blocks, bool[] keep)
    {
        var pairs = new List<string>[blocks.Count];
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < blocks.Count; i++)
        {
            pairs[i] = keep[i] ? Pairs(blocks[i].Text) : [];
            foreach (var p in pairs[i])
            {
                counts[p] = counts.GetValueOrDefault(p) + 1;
            }
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            if (!keep[i] || blocks[i].Words > MaxWords || pairs[i].Count < MinTokens - 1)
            {
                continue;
            }

            var own = pairs[i].GroupBy(p => p, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var elsewhere = pairs[i].Count(p => counts[p] - own[p] > 0);
            if (elsewhere >= 0.9 * pairs[i].Count)
            {
                keep[i] = false;
                foreach (var p in pairs[i])
                {
                    counts[p]--;
                }
            }
        }
    }

    private static List<string> Pairs(string text)
    {
        var tokens = TokenF1.Tokens(HtmlText.Collapse(text)).ToList();
        var list = new List<string>(Math.Max(0, tokens.Count - 1));
        for (var i = 1; i < tokens.Count; i++)
        {
            list.Add(tokens[i - 1] + " " + tokens[i]);
        }

        return list;
    }
}
