using Compare.Core.Analysis.Text;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Slots.Cues;

/// <summary>
/// Who speaks for whom in an article: "Lianne Ostrowski, a spokeswoman for Corvane Energy", "Corvane spokeswoman Lianne
/// Ostrowski", "a spokesman for the ministry, Amos Kettering". A spokesperson's words are the organisation's, so a
/// statement credited to one is credited to the organisation it speaks for ("Corvane said" and "Ostrowski said" name one
/// source).
/// </summary>
internal static class Spokespeople
{
    private static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen",
    };

    /// <summary>Person canonical name → the canonical name of the organisation the person speaks for.</summary>
    public static IReadOnlyDictionary<string, string> Find(IReadOnlyList<SentenceText> sentences, IReadOnlyList<IReadOnlyList<EntityMention>> entities)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(entities);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var tokens = sentence.Tokens;
            for (var k = 0; k < tokens.Count; k++)
            {
                if (!Roles.Contains(tokens[k].Text))
                {
                    continue;
                }

                // The body: what follows "spokeswoman for/of/at", else the name right before the role word ("Corvane
                // spokeswoman", "Corvane's spokeswoman"), whatever kind the recognizer gave it; the person: the nearest
                // other person within a few words.
                var organisation = Body(sentence, entities[s], k);
                var at = sentence.Offset + tokens[k].Start;
                var to = sentence.Offset + (k + 7 < tokens.Count ? tokens[k + 7].End : sentence.Text.Length);
                var from = sentence.Offset + (k >= 7 ? tokens[k - 7].Start : 0);
                var person = entities[s]
                    .Where(e => e.Kind == EntityKind.Person && e != organisation && e.Start >= from && e.Start + e.Length <= to)
                    .OrderBy(e => Math.Min(Math.Abs(e.Start - at), Math.Abs(e.Start + e.Length - at)))
                    .FirstOrDefault();
                if (person is not null && organisation is not null)
                {
                    result.TryAdd(person.Canonical, organisation.Canonical);
                }
            }
        }

        return result;
    }

    /// <summary>The attribution credited to the organisation when its source speaks for one.</summary>
    public static Attribution? Credit(Attribution? attribution, IReadOnlyDictionary<string, string> spokespeople)
    {
        ArgumentNullException.ThrowIfNull(spokespeople);
        return attribution is not null && spokespeople.TryGetValue(attribution.Source, out var organisation)
            ? attribution with { Source = organisation }
            : attribution;
    }

    private static EntityMention? Body(SentenceText sentence, IReadOnlyList<EntityMention> entities, int k)
    {
        var tokens = sentence.Tokens;
        if (k + 1 < tokens.Count && (tokens[k + 1].Is("for") || tokens[k + 1].Is("of") || tokens[k + 1].Is("at")))
        {
            var next = k + 2 < tokens.Count && tokens[k + 2].Is("the") ? k + 3 : k + 2;
            if (next < tokens.Count)
            {
                var start = sentence.Offset + tokens[next].Start;
                return entities.FirstOrDefault(e => e.Start == start && e.Kind != EntityKind.Place);
            }

            return null;
        }

        var before = k > 0 && tokens[k - 1].Text is "'s" or "’s" ? k - 2 : k - 1;
        if (before < 0)
        {
            return null;
        }

        var end = sentence.Offset + tokens[before].End;
        return entities.FirstOrDefault(e => e.Start + e.Length == end && e.Kind != EntityKind.Place);
    }
}
