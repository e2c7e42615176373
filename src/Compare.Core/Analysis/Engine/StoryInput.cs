using Compare.Core.Domain;

namespace Compare.Core.Analysis.Engine;

/// <summary>
/// Checks a story's articles before comparing them: an article listed twice (same id, or the same outlet with the
/// same text) is compared once, an empty article is left out, and a story with a single outlet is compared with
/// nothing. Each case is reported in a sentence that names the article, and the comparison goes on.
/// </summary>
internal static class StoryInput
{
    public static (IReadOnlyList<Article> Articles, IReadOnlyList<string> Notes) Clean(IReadOnlyList<Article> articles)
    {
        var kept = new List<Article>();
        var notes = new List<string>();
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        var seenTexts = new HashSet<(string, string)>();
        foreach (var a in articles)
        {
            if (string.IsNullOrWhiteSpace(a.Text))
            {
                notes.Add($"Article {a.CanonicalUrl} ({a.OutletId}) is empty; left out.");
                continue;
            }

            if (!seenIds.Add(a.Id) || !seenTexts.Add((a.OutletId, a.Text.Trim())))
            {
                notes.Add($"Article {a.CanonicalUrl} ({a.OutletId}) is given twice; compared once.");
                continue;
            }

            kept.Add(a);
        }

        var outlets = kept.Select(a => a.OutletId).Distinct(StringComparer.Ordinal).ToList();
        if (outlets.Count == 1)
        {
            notes.Add($"Only one outlet ({outlets[0]}) covers the story: nothing to compare it with; its claims are listed as unique.");
        }
        else if (outlets.Count == 0)
        {
            notes.Add("No article with text: nothing to compare.");
        }

        return (kept, notes);
    }
}
