using Compare.Core.Analysis.Text;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Slots.Entities;

/// <summary>
/// Resolves short forms within one article: a surname to the full name of a person mentioned in it ("Varga" → "Ines Varga"),
/// the first word of an organisation's name ("Corvane" → "Corvane Energy") and its initials ("NBV" → "National Bank of
/// Valdoria"). The nearest earlier full mention wins; a short form before any full mention takes the first later one.
/// </summary>
internal static class EntityResolver
{
    public static IReadOnlyList<IReadOnlyList<EntityMention>> Resolve(IReadOnlyList<SentenceText> sentences,
        IReadOnlyList<IReadOnlyList<RawEntity>> raw)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(raw);
        var persons = new Dictionary<string, List<(int Sentence, string Canonical)>>(StringComparer.Ordinal);
        var orgs = new Dictionary<string, List<(int Sentence, string Canonical)>>(StringComparer.Ordinal);
        for (var s = 0; s < raw.Count; s++)
        {
            foreach (var e in raw[s])
            {
                Register(persons, orgs, s, e);
            }
        }

        var result = new List<IReadOnlyList<EntityMention>>(raw.Count);
        for (var s = 0; s < raw.Count; s++)
        {
            var sentence = sentences[s];
            var mentions = new List<EntityMention>(raw[s].Count);
            foreach (var e in raw[s])
            {
                var (canonical, kind) = Canonical(persons, orgs, s, e);
                var start = sentence.Tokens[e.First].Start;
                mentions.Add(new EntityMention(canonical, kind, e.Name, sentence.Offset + start, e.Name.Length));
            }

            result.Add(mentions);
        }

        return result;
    }

    private static void Register(Dictionary<string, List<(int, string)>> persons, Dictionary<string, List<(int, string)>> orgs, int s,
        RawEntity e)
    {
        var canonical = e.Canonical ?? e.Name;
        var words = canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return;
        }

        if (e.Kind == EntityKind.Person)
        {
            var surname = words[^1];
            AddTo(persons, surname, s, canonical);
            var dash = surname.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && EntityLexicon.IsParticle(surname[..dash]))
            {
                AddTo(persons, surname[(dash + 1)..], s, canonical);
            }
        }
        else if (e.Kind == EntityKind.Organization)
        {
            if (!EntityLexicon.IsGenericFirstWord(words[0]) && !EntityLexicon.IsNotName(words[0])
                && !EntityLexicon.IsOrganizationHead(words[0]))
            {
                AddTo(orgs, words[0], s, canonical);
            }

            var initials = string.Concat(words.Where(w => char.IsUpper(w[0])).Select(w => w[0]));
            if (initials.Length >= 2)
            {
                AddTo(orgs, initials, s, canonical);
            }
        }
    }

    private static (string Canonical, EntityKind Kind) Canonical(
        Dictionary<string, List<(int, string)>> persons, Dictionary<string, List<(int, string)>> orgs, int s, RawEntity e)
    {
        if (e.Canonical is { } known)
        {
            return (known, e.Kind);
        }

        if (e.WordCount == 1)
        {
            if (Nearest(persons, e.Name, s) is { } person)
            {
                return (person, EntityKind.Person);
            }

            if (!e.Titled && e.Kind != EntityKind.Place && Nearest(orgs, e.Name, s) is { } org)
            {
                return (org, EntityKind.Organization);
            }
        }

        return (e.Name, e.Titled ? EntityKind.Person : e.Kind);
    }

    private static string? Nearest(Dictionary<string, List<(int Sentence, string Canonical)>> registry, string key, int s)
    {
        if (!registry.TryGetValue(key, out var list))
        {
            return null;
        }

        string? before = null;
        foreach (var (sentence, canonical) in list)
        {
            if (sentence <= s)
            {
                before = canonical;
            }
            else
            {
                return before ?? canonical;
            }
        }

        return before;
    }

    private static void AddTo(Dictionary<string, List<(int, string)>> registry, string key, int s, string canonical)
    {
        if (!registry.TryGetValue(key, out var list))
        {
            registry[key] = list = [];
        }

        list.Add((s, canonical));
    }
}
