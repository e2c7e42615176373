namespace Compare.Core.Stories.Grouping;

/// <summary>
/// Labels a story with its salient names and keywords: "Kestrel Bay, Corvane Energy — refinery, blast". A term is salient
/// when many of the story's outlets use it (squared, so one outlet's pet phrase or its own name loses), when it is rare
/// elsewhere (IDF), and when headlines carry it. Actors from claims come first among the names.
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

        var outlets = members.Select(m => m.OutletId).Distinct(StringComparer.Ordinal).Count();
        var names = members.SelectMany(m => m.Entities.Distinct(StringComparer.OrdinalIgnoreCase).Select(e => (m.OutletId, Name: e)))
            .GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Name: g.First().Name, Outlets: g.Select(e => e.OutletId).Distinct(StringComparer.Ordinal).Count(),
                Idf: statistics.Idf(StorySimilarity.EntityKey(g.Key))))
            .Where(e => outlets == 1 || e.Outlets >= 2)
            .OrderByDescending(e => e.Outlets * e.Outlets * e.Idf).ThenBy(e => e.Name, StringComparer.Ordinal)
            .Take(MaxNames).Select(e => e.Name).ToList();

        var terms = members.SelectMany(m => m.Terms.Select(t => (m.OutletId, Term: t)))
            .GroupBy(x => x.Term.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var forms = g.Select(x => x.Term).ToList();
                var covering = g.Select(x => x.OutletId).Distinct(StringComparer.Ordinal).Count();
                var titles = forms.Count(t => t.InTitle);
                // A run of words outranks a word inside it ("Port Alder" over "Alder") at equal coverage.
                var run = forms[0].IsName ? 1.25 : 1;
                return (Forms: forms, Outlets: covering, Score: run * covering * covering * statistics.Idf(g.Key) * (1 + titles));
            })
            .Where(t => outlets == 1 || t.Outlets >= 2)
            .OrderByDescending(t => t.Score).ThenBy(t => t.Forms[0].Key, StringComparer.Ordinal)
            .ToList();

        var keywords = new List<string>();
        foreach (var t in terms)
        {
            var surface = Surface(t.Forms);
            if (surface.Length <= 2 || surface.Any(char.IsDigit) || Covered(names, surface) || Covered(keywords, surface))
            {
                continue;
            }

            if (IsName(t.Forms) && names.Count < MaxNames)
            {
                names.Add(surface);
            }
            else if (!IsName(t.Forms) && keywords.Count < MaxKeywords)
            {
                keywords.Add(surface);
            }

            if (names.Count >= MaxNames && keywords.Count >= MaxKeywords)
            {
                break;
            }
        }

        // A shorter name inside a longer one ("Tarsin" in "Supreme Court of Tarsin") is dropped.
        names = names.Where(n => !names.Any(o => o != n && o.Contains(n, StringComparison.OrdinalIgnoreCase))).ToList();
        return (names.Count, keywords.Count) switch
        {
            (0, _) => string.Join(", ", keywords),
            (_, 0) => string.Join(", ", names),
            _ => string.Join(", ", names) + " — " + string.Join(", ", keywords),
        };
    }

    private static bool Covered(List<string> chosen, string surface) =>
        chosen.Any(c => c.Contains(surface, StringComparison.OrdinalIgnoreCase) || surface.Contains(c, StringComparison.OrdinalIgnoreCase));

    /// <summary>A run of capitalised words, or one word written capitalised in most of its uses.</summary>
    private static bool IsName(List<ArticleTerm> forms) =>
        forms[0].IsName || forms.Where(f => char.IsUpper(f.Surface[0])).Sum(f => f.Count) * 10 >= forms.Sum(f => f.Count) * 8;

    /// <summary>The most common written form, mixed case preferred ("KESTREL BAY" in a dateline reads better as "Kestrel Bay").</summary>
    private static string Surface(List<ArticleTerm> forms)
    {
        var ranked = forms.GroupBy(f => f.Surface, StringComparer.Ordinal)
            .OrderByDescending(g => g.Key.Any(char.IsLower)).ThenByDescending(g => g.Sum(f => f.Count)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).First();
        return IsName(forms) ? ranked : ranked.ToLowerInvariant();
    }
}
