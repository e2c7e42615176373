namespace Compare.Core.Stories.Grouping;

/// <summary>
/// Labels a story with its salient names and keywords: "Kestrel Bay, Corvane Energy — refinery, blast". A name or word is
/// salient when many of the story's outlets use it (squared, so one outlet's pet phrase or its own name loses), when it is
/// rare elsewhere (IDF), and when headlines carry it. Names are the actors the claims name and the runs of capitalised
/// words; a run of words outranks a word inside it ("Port Alder" over "Alder").
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
        var titles = members.Select(m => m.Terms.Where(t => t.InTitle).Select(t => t.Surface).ToHashSet(StringComparer.OrdinalIgnoreCase)).ToList();
        var candidates = new List<(string Surface, bool IsName, double Score)>();
        foreach (var g in members.SelectMany(m => m.Entities.Distinct(StringComparer.OrdinalIgnoreCase).Select(e => (m.OutletId, Name: e)))
            .GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase))
        {
            var covering = g.Select(e => e.OutletId).Distinct(StringComparer.Ordinal).Count();
            var inTitles = titles.Count(t => t.Contains(g.Key));
            var written = g.GroupBy(e => e.Name, StringComparer.Ordinal).OrderByDescending(w => w.Key.Any(char.IsLower)).ThenByDescending(w => w.Count())
                .ThenBy(w => w.Key, StringComparer.Ordinal).First().Key;
            candidates.Add((written, true, Score(covering, statistics.Idf(StorySimilarity.EntityKey(g.Key)), inTitles, g.Key.Contains(' ', StringComparison.Ordinal))));
        }

        foreach (var g in members.SelectMany(m => m.Terms.Select(t => (m.OutletId, Term: t))).GroupBy(x => x.Term.Key, StringComparer.Ordinal))
        {
            var forms = g.Select(x => x.Term).ToList();
            var covering = g.Select(x => x.OutletId).Distinct(StringComparer.Ordinal).Count();
            candidates.Add((Surface(forms), IsName(forms), Score(covering, statistics.Idf(g.Key), forms.Count(t => t.InTitle), forms[0].IsName)));
        }

        var names = new List<string>();
        var keywords = new List<string>();
        foreach (var (surface, isName, _) in candidates.Where(c => c.Score > 0).OrderByDescending(c => c.Score).ThenBy(c => c.Surface, StringComparer.Ordinal))
        {
            if (surface.Length <= 2 || surface.Any(char.IsDigit) || Covered(names, surface) || Covered(keywords, surface))
            {
                continue;
            }

            if (isName && names.Count < MaxNames)
            {
                names.Add(surface);
            }
            else if (!isName && keywords.Count < MaxKeywords)
            {
                keywords.Add(surface);
            }

            if (names.Count >= MaxNames && keywords.Count >= MaxKeywords)
            {
                break;
            }
        }

        return (names.Count, keywords.Count) switch
        {
            (0, _) => string.Join(", ", keywords),
            (_, 0) => string.Join(", ", names),
            _ => string.Join(", ", names) + " — " + string.Join(", ", keywords),
        };

        // Used by one outlet of several: not the story's, but that outlet's (its own name, a quoted person).
        double Score(int covering, double idf, int inTitles, bool run) =>
            outlets > 1 && covering < 2 ? 0 : (run ? 1.25 : 1) * covering * covering * idf * (1 + inTitles);
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
