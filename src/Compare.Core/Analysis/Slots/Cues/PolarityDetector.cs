using Compare.Core.Analysis.Text;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Slots.Cues;

/// <summary>
/// Negated or affirmed. Cues: not, n't, cannot, no (as a determiner: "no evidence that"), never, neither/nor, none, nobody,
/// nothing, denied/denies, ruled out, failed to, refused to, declined to, unable to, without (not before a gerund: "without paying
/// duty" says how, and affirms the rest). Not negations: "not only", "not just", "not least", "not long after", "not stop"
/// (carrying on), "not until" (it happened, and only then), "Not since 1996 had anything been stolen" opening a sentence (a
/// record: the first since 1996), "whether or not", "if not", "no doubt", "no matter", "nothing but", "voted no", "said no
/// to", "no votes", "no stronger ... since" (a record).
/// "no longer" IS a negation: "Iran no longer funds Hamas" denies that it does. A negation before a negative verb cancels it
/// ("had not ruled out", "did not deny"): the statement is affirmed, and both cues are listed. Only cues in the main clauses
/// count (<see cref="CueScope"/>).
/// </summary>
internal static class PolarityDetector
{
    private static readonly HashSet<string> Simple = new(StringComparer.OrdinalIgnoreCase)
    {
        "not", "never", "neither", "nor", "none", "nobody", "nowhere", "cannot", "denied", "denies", "deny", "denying",
    };

    private static readonly HashSet<string> NotFollowers = new(StringComparer.OrdinalIgnoreCase)
    {
        "only", "just", "least", "merely", "simply",
    };

    private static readonly HashSet<string> NoFollowersThatAffirm = new(StringComparer.OrdinalIgnoreCase)
    {
        "doubt", "matter", "sooner", "votes", "vote", "less", "fewer", "more", "charge", "cost", "extra",
    };

    private static readonly HashSet<string> WithoutIdioms = new(StringComparer.OrdinalIgnoreCase)
    {
        "incident", "delay", "doubt", "question", "fail", "exception", "hesitation", "interruption",
    };

    private static readonly HashSet<string> VoteWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "voted", "voting", "vote", "votes", "say", "said", "says", "saying", "answer", "answered",
    };

    public static (Polarity Polarity, IReadOnlyList<string> Cues) Detect(IReadOnlyList<Token> tokens, bool[] excluded)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(excluded);
        var cues = new List<(int Index, string Text, bool Verb)>();
        var neither = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (excluded[i] || !tokens[i].IsWord)
            {
                continue;
            }

            if (Cue(tokens, i, ref neither) is { } cue)
            {
                cues.Add((i, cue.Text, cue.Verb));
                i += cue.Length - 1;
            }
        }

        var count = cues.Count;
        for (var k = 0; k + 1 < cues.Count; k++)
        {
            // "had not ruled out", "did not deny", "never failed to": two negations make an affirmation.
            if (!cues[k].Verb && cues[k + 1].Verb && cues[k + 1].Index - cues[k].Index <= 3)
            {
                count -= 2;
                k++;
            }
        }

        return (count > 0 ? Polarity.Negated : Polarity.Affirmed, cues.Select(c => c.Text).ToList());
    }

    /// <summary>"will not stop marching", "advice is not to stop taking it": not stopping is carrying on.</summary>
    private static bool StopsNot(IReadOnlyList<Token> tokens, int next)
    {
        var k = next < tokens.Count && tokens[next].Is("to") ? next + 1 : next;
        return k < tokens.Count && (tokens[k].Is("stop") || tokens[k].Is("stopping") || tokens[k].Is("cease") || tokens[k].Is("quit"));
    }

    /// <summary>
    /// "No stronger earthquake has struck the country since 1961", "No fire in the valley has been this large since 2009":
    /// a record ("the strongest since 1961"), stated by denying anything bigger; a comparison word must come before "since".
    /// "No arrests have been made since Monday" stays a denial.
    /// </summary>
    private static bool RecordSince(IReadOnlyList<Token> tokens, int no)
    {
        var compared = false;
        for (var k = no + 1; k < tokens.Count && k <= no + 14; k++)
        {
            var t = tokens[k];
            if (t.Is("since"))
            {
                return compared;
            }

            if (!t.IsWord && !t.IsNumber && t.Text is "," or ";" or ":")
            {
                return false;
            }

            compared |= t.Is("more") || t.Is("this") || t.Is("as") || t.Is("so") || t.Is("bigger") || t.Is("larger") || t.Is("higher")
                || t.Is("worse") || (k == no + 1 && t.IsLower && t.Text.Length > 4 && t.Text.EndsWith("er", StringComparison.Ordinal));
        }

        return false;
    }

    /// <summary>
    /// "voted no", "said no to the plan": a vote or an answer. "Police said no deaths had been linked" reports a denial.
    /// </summary>
    private static bool VotedNo(Token prev, Token next) =>
        VoteWords.Contains(prev.Text) && (prev.Text.StartsWith("vot", StringComparison.OrdinalIgnoreCase) || next.Is("to"));

    private static (string Text, int Length, bool Verb)? Cue(IReadOnlyList<Token> tokens, int i, ref bool neither)
    {
        var t = tokens[i];
        var next = i + 1 < tokens.Count ? tokens[i + 1] : Token.None;
        var w = t.Text.ToLowerInvariant();
        if (w is "ruled" or "rules" or "rule" or "ruling" && next.Is("out"))
        {
            return (w + " out", 2, true);
        }

        if (w is "failed" or "fails" or "fail" or "refused" or "refuses" or "refuse" or "unable" or "declined" or "declines" or "decline"
            && next.Is("to"))
        {
            return (w + " to", 2, true);
        }

        if (w is "denied" or "denies" or "deny" or "denying")
        {
            return (w, 1, true);
        }

        if (w == "not")
        {
            var prev = i > 0 ? tokens[i - 1] : Token.None;
            if (NotFollowers.Contains(next.Text) || (next.Is("long") && i + 2 < tokens.Count && (tokens[i + 2].Is("after") || tokens[i
                + 2].Is("before")
                || tokens[i + 2].Is("ago"))) || prev.Is("if") || (prev.Is("or") && i > 1 && tokens[i - 2].Is("whether"))
                || (next.Is("to") && i + 2 < tokens.Count && tokens[i + 2].Is("mention")) || StopsNot(tokens, i + 1)
                || next.Is("until") || next.Is("since") && (i == 0 || !tokens[i - 1].IsWord))
            {
                return null;
            }

            return ("not", 1, false);
        }

        if (w.EndsWith("n't", StringComparison.Ordinal) || w.EndsWith("n’t", StringComparison.Ordinal))
        {
            return (w, 1, false);
        }

        if (w == "no")
        {
            var prev = i > 0 ? tokens[i - 1] : Token.None;
            if (!next.IsWord || NoFollowersThatAffirm.Contains(next.Text) || VotedNo(prev, next) || prev.IsNumber
                || next.IsCapitalized && next.Text != "One" || RecordSince(tokens, i))
            {
                return null;
            }

            return next.Is("longer") ? ("no longer", 2, false) : next.Is("one") ? ("no one", 2, false) : ("no", 1, false);
        }

        if (w == "nothing")
        {
            return next.Is("but") ? null : ("nothing", 1, false);
        }

        // "detained without incident", "without doubt": idioms that affirm. "send beef without paying duty": a gerund after
        // it says how the thing is done, and the thing itself is affirmed; "held without damage" denies the damage.
        if (w == "without")
        {
            return WithoutIdioms.Contains(next.Text) || (next.IsLower && next.Text.Length > 5 && next.Text.EndsWith("ing", StringComparison.Ordinal))
                ? null
                : ("without", 1, false);
        }

        if (w == "nor" && neither)
        {
            return null;
        }

        if (w == "neither")
        {
            neither = true;
        }

        return Simple.Contains(w) ? (w, 1, false) : null;
    }
}
