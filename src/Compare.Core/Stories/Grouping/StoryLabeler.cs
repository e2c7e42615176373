namespace Compare.Core.Stories.Grouping;

/// <summary>
/// Labels a story with its salient actors and keywords: the names most of its articles share (actors from claims first,
/// then runs of capitalised words), then the rarest words most of its articles share: "Kestrel Bay, Corvane Energy — refinery, blast".
/// </summary>
internal static class StoryLabeler
{
    private const int MaxNames = 2;
    private const int MaxKeywords = 3;

    public static string Label(IReadOnlyList<StoryArticle> members, TermStatistics statistics)
    {
        if (members.Count == 0)
        {
            return string.Empty;
        }

        var names = new List<string>();
        var entities = members.SelectMany(m => m.Entities.Distinct(StringComparer.OrdinalIgnoreCase))
            .GroupBy(e => e, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Name: g.First(), Score: g.Count() * statistics.Idf(StorySimilarity.EntityKey(g.Key))))
            .Where(e => members.Count == 1 || e.Score > 0)
            .OrderByDescending(e => e.Score).ThenBy(e => e.Name, StringComparer.Ordinal);
        names.AddRange(entities.Take(MaxNames).Select(e => e.Name));

        var terms = members.SelectMany(m => m.Terms)
            .GroupBy(t => t.Key, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Terms: g.ToList(), Score: g.Count() * statistics.Idf(g.Key) * (1 + Math.Log(g.Sum(t => t.Count)))))
            .OrderByDescending(t => t.Score).ThenBy(t => t.Key, StringComparer.Ordinal)
            .ToList();
        foreach (var t in terms.Where(t => t.Terms[0].IsName))
        {
            if (names.Count >= MaxNames)
            {
                break;
            }

            var surface = Surface(t.Terms);
            if (!names.Any(n => n.Contains(surface, StringComparison.OrdinalIgnoreCase) || surface.Contains(n, StringComparison.OrdinalIgnoreCase)))
            {
                names.Add(surface);
            }
        }

        var keywords = new List<string>();
        foreach (var t in terms.Where(t => !t.Terms[0].IsName))
        {
            if (keywords.Count >= MaxKeywords)
            {
                break;
            }

            var surface = Surface(t.Terms);
            if (surface.Length > 2 && !surface.Any(char.IsDigit)
                && !names.Any(n => n.Contains(surface, StringComparison.OrdinalIgnoreCase))
                && !keywords.Contains(surface, StringComparer.OrdinalIgnoreCase))
            {
                keywords.Add(surface);
            }
        }

        return (names.Count, keywords.Count) switch
        {
            (0, _) => string.Join(", ", keywords),
            (_, 0) => string.Join(", ", names),
            _ => string.Join(", ", names) + " — " + string.Join(", ", keywords),
        };
    }

    /// <summary>The most common written form; a common word in lower case unless it is mostly written capitalised.</summary>
    private static string Surface(List<ArticleTerm> forms)
    {
        var best = forms.GroupBy(f => f.Surface, StringComparer.Ordinal).OrderByDescending(g => g.Sum(f => f.Count)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;
        if (forms[0].IsName)
        {
            // "KESTREL BAY" in a dateline reads better as "Kestrel Bay" when another form exists.
            var mixed = forms.Where(f => f.Surface.Any(char.IsLower)).GroupBy(f => f.Surface, StringComparer.Ordinal)
                .OrderByDescending(g => g.Sum(f => f.Count)).Select(g => g.Key).FirstOrDefault();
            return best.Any(char.IsLower) ? best : mixed ?? best;
        }

        var capitalised = forms.Where(f => char.IsUpper(f.Surface[0])).Sum(f => f.Count);
        var all = forms.Sum(f => f.Count);
        return capitalised * 2 > all && best.Any(char.IsLower) ? best : best.ToLowerInvariant();
    }
}
