using Compare.Core.Analysis.Text;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Pairs;

/// <summary>
/// An actor named by a common noun at the head of the sentence: "Police have opened an investigation", "The city council
/// has put up a reward", "Ardelia's army deployed 1,500 soldiers", "the provincial health office on Monday told
/// residents". Nouns of one body share a group ("troops" and "soldiers" are the army); an office, board or ministry is
/// known by the word before it ("health office"; "prosecutor's office" is the prosecutors). Only the subject that opens
/// the sentence (after a dateline, and after an opening phrase of a verb in -ing set off by a comma: "Citing security fears,
/// the city council banned the march") counts. Hand-written: no library on the mirror parses subjects.
/// </summary>
internal static class AgentNouns
{
    /// <summary>Head nouns of a body that acts, and the group each belongs to.</summary>
    private static readonly Dictionary<string, string> Groups = new(StringComparer.OrdinalIgnoreCase)
    {
        ["police"] = "police",
        ["prosecutors"] = "prosecutors",
        ["prosecutor"] = "prosecutors",
        ["prosecution"] = "prosecutors",
        ["council"] = "council",
        ["government"] = "government",
        ["cabinet"] = "government",
        ["army"] = "army",
        ["military"] = "army",
        ["troops"] = "army",
        ["soldiers"] = "army",
        ["coastguard"] = "coastguard",
        ["regulator"] = "regulator",
        ["inspectorate"] = "regulator",
        ["watchdog"] = "regulator",
        ["insurer"] = "insurer",
        ["president"] = "president",
        ["governor"] = "governor",
        ["mayor"] = "mayor",
        ["minister"] = "minister",
        ["judge"] = "judge",
        ["judges"] = "judge",
        ["guards"] = "guards",
        ["firefighters"] = "firefighters",
        ["rescuers"] = "rescuers",
        ["volunteers"] = "volunteers",
        ["investigators"] = "investigators",
    };

    /// <summary>Heads known by the word before them: "health office", "water board", "prosecutor's office".</summary>
    private static readonly HashSet<string> Qualified = new(["office", "board", "ministry", "department", "authority", "service"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Determiners = new(["the", "a", "an"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that cannot qualify a body's noun: "On board were 176 passengers", "The league says its board will rule".</summary>
    private static readonly HashSet<string> NoModifiers = new(
        ["on", "in", "at", "by", "for", "with", "from", "to", "of", "into", "after", "before", "under", "over", "and", "or", "but",
            "its", "their", "his", "her", "our", "the", "a", "an", "this", "that", "says", "said", "say", "told", "is", "was", "has",
            "had", "will", "would", "then", "now", "when", "while", "as", "if"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that count members of a body rather than name it acting.</summary>
    private static readonly HashSet<string> Quantifiers = new(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "some",
            "many", "several", "most", "all", "few", "other", "more", "no"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before the head at most: "the provincial health office".</summary>
    private const int MaxModifiers = 3;

    /// <summary>
    /// The body that opens <paramref name="c"/> as its subject, as an organisation whose canonical name is its group
    /// ("police", "army", "health office"); null when the sentence opens otherwise.
    /// </summary>
    public static EntityMention? Of(Claim c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var text = c.Text;
        var start = Dateline.Length(text);
        start += OpeningPhraseLength(text[start..]);
        var words = Words(text, start);
        // "its board", "their army" refer back: a possessive is no modifier, so they end the loop below.
        var determined = words.Count > 0 && Determiners.Contains(words[0].Text);
        var k = determined ? 1 : 0;
        for (var head = k; head < words.Count && head <= k + MaxModifiers; head++)
        {
            var word = words[head].Text;
            var group = Group(words, k, head);
            if (group is not null)
            {
                // "The army", "the regulator" alone mostly refer back to a body named before; "the city council",
                // "Ardelia's army" and a bare "Police" or "Troops" name it.
                var last = OfPhrase(words, k, head) ? head + 2 : head;
                if (determined && head == k && last == head)
                {
                    return null;
                }

                // "Police Chief Anna Berg": the noun is part of a title or name that goes on.
                var next = last + 1 < words.Count ? words[last + 1].Text : "";
                if (next.Length > 0 && char.IsUpper(next[0]))
                {
                    return null;
                }

                // "The National Mines Inspectorate", "the Tessford Water Board": a name is the actor by its name. A name that
                // only owns the body ("Ardelia's army") leaves the body the actor.
                var (from, to) = (words[k].Start, words[last].Start + words[last].Text.Length);
                if (c.Slots.Entities.Any(e => e.Start - c.Start < to && e.Start - c.Start + e.Length >= to))
                {
                    return null;
                }

                return new EntityMention(group, EntityKind.Organization, text[from..to], c.Start + from, to - from);
            }

            // A modifier is a plain word or a possessive ("Ardelia's", "prosecutor's"); a count ("Six police officers were
            // hurt") or anything else ends the subject.
            if (!word.All(ch => char.IsLetter(ch) || ch is '\'' or '-' or '’')
                || Quantifiers.Contains(word) || NoModifiers.Contains(word))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Characters of a phrase in front of the subject, at most: "Citing security fears, ".</summary>
    private const int MaxOpeningPhrase = 60;

    /// <summary>
    /// Characters an opening phrase of a verb in -ing takes with its comma ("Citing security fears, ", "Acting on a tip-off, ",
    /// "During the night, "): the subject comes after it. 0 when the sentence opens otherwise, or when the phrase runs on
    /// past <see cref="MaxOpeningPhrase"/> characters.
    /// </summary>
    private static int OpeningPhraseLength(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        if (space < 5 || comma < space || comma > MaxOpeningPhrase || !char.IsUpper(text[0]))
        {
            return 0;
        }

        var rest = text[1..space];
        if (!rest.EndsWith("ing", StringComparison.Ordinal) || !rest.All(char.IsLower))
        {
            return 0;
        }

        return comma + 2;
    }

    /// <summary>"ministry of justice", "department of health": an office or ministry that opens the subject, of a lower-case noun.</summary>
    private static bool OfPhrase(List<(string Text, int Start)> words, int first, int head) =>
        Qualified.Contains(words[head].Text) && head == first && head + 2 < words.Count
        && words[head + 1].Text.Equals("of", StringComparison.OrdinalIgnoreCase)
        && words[head + 2].Text.All(char.IsLetter) && words[head + 2].Text.All(char.IsLower);

    /// <summary>The group of the head at <paramref name="head"/>, or null when the word is no head of a body.</summary>
    private static string? Group(List<(string Text, int Start)> words, int first, int head)
    {
        var word = words[head].Text;
        // "The coast guard rescued fourteen crew members": the coastguard, however it is spelt.
        if (word.Equals("guard", StringComparison.OrdinalIgnoreCase) && head > first && words[head - 1].Text.Equals("coast", StringComparison.OrdinalIgnoreCase))
        {
            return "coastguard";
        }

        if (Groups.TryGetValue(word, out var group))
        {
            return group;
        }

        // "The ministry of justice ordered": a ministry named by what it is of, as "the justice ministry" is.
        if (OfPhrase(words, first, head))
        {
            return $"{words[head + 2].Text} {word.ToLowerInvariant()}";
        }

        if (Qualified.Contains(word) && head > first)
        {
            var before = words[head - 1].Text.ToLowerInvariant();
            before = LexicalCues.WithoutPossessive(before);
            return !before.All(char.IsLetter) || before.Length == 0 ? null
                : Groups.TryGetValue(before, out var body) ? body
                : $"{before} {word.ToLowerInvariant()}";
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="c"/> speaks of the body <paramref name="agent"/> outside the source it credits: its group's
    /// word ("police"; "prosecutor" for the prosecutors) in the sentence, or the sentence's named body carrying it
    /// ("Ruthen Police", "the Tessford Water Board" for the water board).
    /// </summary>
    public static bool Mentions(Claim c, EntityMention agent)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(agent);
        var text = c.Text;
        if (c.Slots.Attribution is { } source && source.Text.Length > 0)
        {
            text = text.Replace(source.Text, " ", StringComparison.OrdinalIgnoreCase);
        }

        var key = agent.Canonical.Split(' ')[0];
        key = key.Length > 3 && key.EndsWith('s') ? key[..^1] : key;
        return text.Contains(key, StringComparison.OrdinalIgnoreCase)
            || c.Slots.Entities.Any(e => e.Kind == EntityKind.Organization && e.Text.Contains(key, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The words from <paramref name="start"/>, each with its offset; punctuation stays on its word.</summary>
    private static List<(string Text, int Start)> Words(string text, int start)
    {
        var words = new List<(string, int)>();
        var i = start;
        while (i < text.Length && words.Count <= MaxModifiers + 3)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var from = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > from)
            {
                words.Add((text[from..i], from));
            }
        }

        return words;
    }
}
