using System.Text.RegularExpressions;
using Compare.Core.Analysis.Slots.Dates;
using Compare.Core.Analysis.Slots.Quantities;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Pairs;

/// <summary>
/// The agent of a passive verb: "was launched by Carrow Bank on 11 March", "is to be acquired by Ferncastle Group",
/// "was detained by military intelligence officers at the border", "was placed under house arrest by order of a district
/// judge", "was started by an arsonist". The one who acts is named after "by", whatever opens the sentence. A named person
/// or organisation in the phrase is the agent ("by the mining company Orsk Minerals"); else the phrase's last noun is, as
/// an organisation named by that noun ("officer", "judge", "prime minister"). "by 20 percent", "by Friday", "by the end of
/// June", "by road" name no agent. Hand-written: no library on the mirror parses English clauses.
/// </summary>
internal static partial class PassiveAgent
{
    /// <summary>A form of "be" (or "get"), up to two adverbs, a participle, up to 100 characters without a clause break, then "by".</summary>
    [GeneratedRegex(@"\b(?:is|are|was|were|be|been|being|got|gets|get)\s+(?:(?:\w+ly|not|also|first|later|then|now|never|all)\s+){0,2}(?<v>[a-z]+(?:ed|en|wn|ht|lt|ld|ung|id|ut|et|de|ne|ot))\b(?<mid>[^,;:.!?—–()""“”]{0,100}?)\bby\s+(?<np>[^,;:.!?—–()""“”]{1,80})")]
    private static partial Regex Passive();

    /// <summary>Words that end the agent's phrase: prepositions and joins that open what follows it.</summary>
    private static readonly HashSet<string> Ends = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "at", "after", "before", "for", "with", "from", "during", "over", "to", "into", "near", "outside", "inside", "off",
        "and", "or", "but", "who", "which", "that", "when", "while", "as", "because", "since", "until", "following", "amid",
        "under", "last", "this", "early", "late", "earlier", "later", "shortly", "around", "about", "than",
    };

    private static readonly HashSet<string> Leading = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "its", "their", "his", "her" };

    /// <summary>What "by" names when it names no agent: a means, a time, a measure.</summary>
    private static readonly HashSet<string> NotAgents = new(StringComparer.OrdinalIgnoreCase)
    {
        "end", "time", "phone", "telephone", "email", "mail", "post", "letter", "car", "road", "rail", "train", "bus", "air", "sea",
        "boat", "ship", "hand", "foot", "mistake", "accident", "chance", "law", "default", "design", "far", "then", "now", "midday",
        "midnight", "noon", "dawn", "dusk", "nightfall", "percent", "per", "cent", "half", "margin", "majority", "vote", "votes",
        "way", "means", "force", "night", "day", "morning", "evening", "afternoon", "weekend", "year", "month", "week", "tonight",
        "today", "tomorrow", "yesterday", "fire", "flood", "water", "wind", "storm", "quarter", "season", "term", "start", "close",
    };

    /// <summary>The agent of the first passive verb in <paramref name="c"/> that names one, or null.</summary>
    public static EntityMention? Of(Claim c)
    {
        ArgumentNullException.ThrowIfNull(c);
        foreach (Match m in Passive().Matches(c.Text))
        {
            if (Agent(c, m.Groups["np"]) is { } agent)
            {
                return agent;
            }
        }

        return null;
    }

    private static EntityMention? Agent(Claim c, Group np)
    {
        // The phrase's words, each with its offset in the sentence, up to the first word that opens something else.
        var words = new List<(string Text, int Start)>();
        foreach (Match w in Word().Matches(np.Value))
        {
            var text = w.Value;
            if (words.Count > 0 && (Ends.Contains(text) || DateWords.IsMonthOrWeekday(text)))
            {
                break;
            }

            words.Add((text, np.Index + w.Index));
        }

        // "by order of a district judge": the one who gave the order.
        if (words.Count > 2 && words[0].Text.Equals("order", StringComparison.OrdinalIgnoreCase) && words[1].Text.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            words.RemoveRange(0, 2);
        }

        while (words.Count > 0 && Leading.Contains(words[0].Text))
        {
            words.RemoveAt(0);
        }

        if (words.Count == 0 || words.Count > 6 || char.IsDigit(words[0].Text[0]) || NumberWords.TryCardinal(words[0].Text, out _)
            || DateWords.IsMonthOrWeekday(words[0].Text) || NotAgents.Contains(Bare(words[0].Text)) || NotAgents.Contains(Bare(words[^1].Text)))
        {
            return null;
        }

        var (from, to) = (words[0].Start, words[^1].Start + words[^1].Text.Length);
        var named = c.Slots.Entities.FirstOrDefault(e => e.Kind is EntityKind.Person or EntityKind.Organization
            && e.Start - c.Start >= from && e.Start - c.Start < to);
        if (named is not null)
        {
            return named;
        }

        // A common noun: the head is the last word, owned or qualified by what comes before it ("Valdoria's prime minister").
        var head = Bare(words[^1].Text);
        if (!head.All(char.IsLetter) || !head.Any(char.IsLower) || head.Length < 3)
        {
            return null;
        }

        var canonical = Singularizer.Singular(head.ToLowerInvariant());
        if (words.Count > 1 && Bare(words[^2].Text) is var before && before.All(char.IsLower) && before is "prime" or "vice" or "deputy" or "chief")
        {
            canonical = before + " " + canonical;
        }

        return new EntityMention(canonical, EntityKind.Organization, c.Text[from..to], c.Start + from, to - from);
    }

    private static string Bare(string word) => LexicalCues.WithoutPossessive(word);

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")]
    private static partial Regex Word();
}
