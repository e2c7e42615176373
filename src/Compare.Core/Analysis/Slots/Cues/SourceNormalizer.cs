using Compare.Core.Analysis.Text;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Slots.Cues;

/// <summary>
/// Turns the words naming a source into its name: articles, years and roles are dropped ("a 2020 US Department of State
/// report" → "US Department of State", "hospital spokesman Amos Kettering" → "Amos Kettering", "the Budget Office's fiscal
/// note" → "Budget Office"); a known entity gives its canonical name ("the State Department" → "US Department of State");
/// "he"/"she" become the person last quoted in the article when there is one.
/// </summary>
internal static class SourceNormalizer
{
    private static readonly HashSet<string> Leading = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "then",
    };

    private static readonly HashSet<string> Documents = new(StringComparer.OrdinalIgnoreCase)
    {
        "report", "reports", "statement", "statements", "data", "records", "record", "documents", "document", "figures", "estimate",
        "estimates", "study", "survey", "poll", "analysis", "assessment", "assessments", "filing", "filings", "letter", "memo", "note",
        "notes", "release", "website", "numbers", "readings", "minutes", "transcript", "papers", "statistics", "projections",
        "forecast", "forecasts", "review", "audit", "findings", "briefing", "account", "accounts", "post", "tweet", "interview",
        "sheet", "sheets", "timeline", "log", "logs", "tally", "count", "costing", "costings", "register",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "him", "her" };

    /// <summary>
    /// The source named by the tokens <paramref name="first"/>..<paramref name="next"/> (exclusive) of <paramref name="sentence"/>.
    /// </summary>
    public static string? Normalize(SentenceText sentence, int first, int next, IReadOnlyList<EntityMention> entities, string? lastPerson)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var tokens = sentence.Tokens;
        while (first < next && (!tokens[first].IsWord || Leading.Contains(tokens[first].Text) || IsYear(tokens[first])))
        {
            first++;
        }

        while (next > first && !tokens[next - 1].IsWord)
        {
            next--;
        }

        if (first >= next)
        {
            return null;
        }

        if (next - first == 1 && Pronouns.Contains(tokens[first].Text))
        {
            return lastPerson ?? tokens[first].Text.ToLowerInvariant();
        }

        if (Entity(sentence, first, next, entities) is { } whole)
        {
            return whole;
        }

        var start = sentence.Offset + tokens[first].Start;
        var end = sentence.Offset + tokens[next - 1].End;

        // A person named inside the phrase is the source: "Fire Chief Dorothea Rask", "hospital spokesman Amos Kettering".
        // Titles come before the name, so the last person named is the one: in "Director-General Oriane Maddeck" the title
        // may itself be read as a person ("Director", taken for an earlier "Deputy Director-General").
        if (entities.LastOrDefault(e => e.Kind == EntityKind.Person && e.Start >= start && e.Start + e.Length <= end) is { } person)
        {
            return person.Canonical;
        }

        // "Lannoric network equipment maker Varrow Systems": a named body that ends the phrase, after words that describe
        // it. Not one the phrase reaches through a preposition or a participle: "council documents seen by the Post".
        if (entities.LastOrDefault(e => e.Kind == EntityKind.Organization && e.Start > start && e.Start + e.Length == end) is { } named
            && tokens.Take(next).Skip(first).TakeWhile(t => sentence.Offset + t.Start < named.Start).All(Describes))
        {
            return named.Canonical;
        }

        // "Eastgate Wire data", "a 2020 US Department of State report": a document of a named body.
        var body = next;
        while (body > first + 1 && Documents.Contains(tokens[body - 1].Text))
        {
            body--;
        }

        // "the Budget Office's fiscal note", "the bank's statement": the owner of a document is the source.
        if (body < next)
        {
            for (var k = first + 1; k < body; k++)
            {
                if (tokens[k].Text is "'s" or "’s")
                {
                    return Entity(sentence, first, k, entities) ?? sentence.Between(first, k);
                }
            }
        }

        if (body < next && Entity(sentence, first, body, entities) is { } owner)
        {
            return owner;
        }

        return Entity(sentence, first, next, entities) ?? sentence.Between(first, next);
    }

    /// <summary>The canonical name of an entity that covers tokens first..next exactly, or null.</summary>
    private static string? Entity(SentenceText sentence, int first, int next, IReadOnlyList<EntityMention> entities)
    {
        var tokens = sentence.Tokens;
        while (first < next && (Leading.Contains(tokens[first].Text) || IsYear(tokens[first])))
        {
            first++;
        }

        if (first >= next)
        {
            return null;
        }

        var start = sentence.Offset + tokens[first].Start;
        var end = sentence.Offset + tokens[next - 1].End;
        foreach (var e in entities)
        {
            if (e.Start == start && e.Start + e.Length == end)
            {
                return e.Canonical;
            }
        }

        return null;
    }

    /// <summary>A word that may stand before a name to describe it: not a preposition, a participle or punctuation.</summary>
    private static bool Describes(Token t) =>
        t.IsWord && !(t.IsLower && (Prepositions.Contains(t.Text) || t.Text.EndsWith("ed", StringComparison.Ordinal)
            || t.Text.EndsWith("en", StringComparison.Ordinal)));

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "by", "of", "from", "for", "to", "at", "in", "on", "with", "and", "or",
    };

    private static bool IsYear(Token t) => t.IsNumber && t.Text.Length == 4;
}
