
namespace Compare.Core.Analysis.Slots.Quantities;

/// <summary>
/// English plural to singular for counted nouns ("missiles" → "missile", "people" → "person", "branches" → "branch").
/// Hand-written: the few rules and exceptions below cover news nouns; no inflection library is available offline.
/// </summary>
internal static class Singularizer
{
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.OrdinalIgnoreCase)
    {
        ["people"] = "person", ["persons"] = "person", ["men"] = "man", ["women"] = "woman", ["children"] = "child",
        ["feet"] = "foot", ["teeth"] = "tooth", ["mice"] = "mouse", ["geese"] = "goose", ["police"] = "police",
        ["personnel"] = "personnel", ["staff"] = "staff", ["cattle"] = "cattle", ["crises"] = "crisis", ["analyses"] = "analysis",
        ["theses"] = "thesis", ["diagnoses"] = "diagnosis", ["indices"] = "index", ["criteria"] = "criterion",
        ["phenomena"] = "phenomenon", ["data"] = "data", ["media"] = "media", ["series"] = "series", ["species"] = "species",
        ["news"] = "news", ["lives"] = "life", ["wives"] = "wife", ["knives"] = "knife", ["leaves"] = "leaf", ["halves"] = "half",
        ["shelves"] = "shelf", ["wolves"] = "wolf", ["thieves"] = "thief", ["loaves"] = "loaf", ["calves"] = "calf",
        ["buses"] = "bus", ["gases"] = "gas", ["bonuses"] = "bonus", ["viruses"] = "virus", ["campuses"] = "campus",
        ["censuses"] = "census", ["statuses"] = "status", ["surpluses"] = "surplus", ["fetuses"] = "fetus", ["lenses"] = "lens",
        ["heroes"] = "hero", ["potatoes"] = "potato", ["tomatoes"] = "tomato", ["echoes"] = "echo", ["vetoes"] = "veto",
        ["torpedoes"] = "torpedo", ["quizzes"] = "quiz", ["movies"] = "movie", ["cookies"] = "cookie", ["calories"] = "calorie",
        ["rookies"] = "rookie", ["zombies"] = "zombie", ["lies"] = "lie", ["ties"] = "tie", ["pies"] = "pie", ["dies"] = "die",
        ["lbs"] = "lb", ["bps"] = "basis point", ["dice"] = "die",
        ["oxen"] = "ox", ["aircraft"] = "aircraft", ["sheep"] = "sheep", ["fish"] = "fish", ["deer"] = "deer",
    };

    /// <summary>The irregular plurals the other way round ("man" → "men"); "basis point" keeps its regular plural, not "bps".</summary>
    private static readonly Dictionary<string, string> IrregularPlural = Irregular
        .Where(p => !p.Value.Contains(' ', StringComparison.Ordinal))
        .GroupBy(p => p.Value, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First().Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>Plural of a singular counted noun, for showing a figure: "man" → "men", "county" → "counties", "batch" → "batches".</summary>
    public static string Plural(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (IrregularPlural.TryGetValue(word, out var irregular))
        {
            return char.IsUpper(word[0]) ? char.ToUpperInvariant(irregular[0]) + irregular[1..] : irregular;
        }

        if (word.EndsWith('s') || word.EndsWith('x') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal))
        {
            return word + "es";
        }

        return word.Length > 1 && word[^1] == 'y' && !"aeiou".Contains(word[^2], StringComparison.Ordinal) ? word[..^1] + "ies" : word + "s";
    }

    /// <summary>Singular of <paramref name="word"/> in lower case; words that are not plural come back lower-cased.</summary>
    public static string Singular(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word.ToLowerInvariant();
        if (Irregular.TryGetValue(w, out var irregular))
        {
            return irregular;
        }

        if (w.Length <= 3 || !w.EndsWith('s') || w.EndsWith("ss", StringComparison.Ordinal) || w.EndsWith("us", StringComparison.Ordinal)
            || w.EndsWith("is", StringComparison.Ordinal))
        {
            return w;
        }

        if (w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w[..^3] + "y";
        }

        if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)
            || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal)
            || w.EndsWith("zzes", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        return w[..^1];
    }

    /// <summary>
    /// Does <paramref name="word"/> look like a plural noun? Irregular plurals, or an -s ending that is not a function word.
    /// </summary>
    public static bool LooksPlural(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (Irregular.ContainsKey(word))
        {
            return true;
        }

        return word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
            && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal)
            && !word.EndsWith("'s", StringComparison.Ordinal) && !NotPlural.Contains(word);
    }

    private static readonly HashSet<string> NotPlural = new(StringComparer.OrdinalIgnoreCase)
    {
        "always", "perhaps", "sometimes", "whereas", "across", "towards", "besides", "unless", "thus", "yes", "does", "was", "has",
        "this", "its", "his", "hers", "ours", "theirs", "yours", "afterwards", "upwards", "downwards", "forwards", "backwards",
        "nowadays", "overseas", "whereabouts", "nonetheless", "nevertheless", "regardless", "doubtless", "series", "species", "news",
        "means", "says", "goes", "seems", "remains", "shows", "makes", "takes", "gives", "comes", "becomes", "includes",
    };
}
