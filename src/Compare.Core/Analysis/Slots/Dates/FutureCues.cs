using Compare.Core.Analysis.Text;

namespace Compare.Core.Analysis.Slots.Dates;

/// <summary>
/// Does a sentence speak of the future? Decides which way an incomplete date points: "in November" in a June article is this
/// November after "will", and last November otherwise.
/// </summary>
internal static class FutureCues
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "shall", "scheduled", "upcoming", "next", "plans", "planning", "intends", "aims", "won't", "likely", "coming",
    };

    private static readonly HashSet<string> Modals = new(StringComparer.OrdinalIgnoreCase) { "would", "could", "may", "might", "should" };

    /// <summary>Past forms that do not end in -ed.</summary>
    private static readonly HashSet<string> IrregularPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "had", "did", "said", "told", "came", "went", "took", "made", "gave", "met", "held", "fell", "rose", "won", "lost",
        "began", "left", "sent", "shot", "hit", "struck", "spoke", "wrote", "saw", "found", "paid", "brought", "bought", "sold", "led",
        "broke", "ran", "grew", "knew", "thought", "felt", "kept", "fought", "caught", "drove", "flew", "threw", "stood", "sat", "woke",
        "ago",
    };

    /// <summary>Future if the outlet's words look ahead, past if they hold a past-tense verb, present otherwise.</summary>
    public static Tense Of(IReadOnlyList<Token> tokens)
    {
        if (Any(tokens))
        {
            return Tense.Future;
        }

        var quoted = Quotes.Inside(tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (quoted[i] || !t.IsLower)
            {
                continue;
            }

            if (IsPastAt(tokens, i))
            {
                return Tense.Past;
            }
        }

        return Tense.Present;
    }

    /// <summary>
    /// Whether the clause around position <paramref name="at"/> of the sentence looks ahead: the tense cue nearest to it
    /// decides (a future word or a past verb, quotes aside; on a tie the one before it). "adopted the plan for the coming
    /// year at 11 p.m. Wednesday" looks back, "the company, which was founded in 1990, will reopen on Monday" ahead.
    /// </summary>
    public static bool Near(IReadOnlyList<Token> tokens, int at)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var quoted = Quotes.Inside(tokens);
        var (best, future) = (int.MaxValue, false);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (quoted[i] || !tokens[i].IsWord)
            {
                continue;
            }

            bool? cue = IsFutureAt(tokens, i) && !Attributive(tokens, i) ? true : IsPastAt(tokens, i) ? false : null;
            if (cue is null || (cue == false && TrailingAttribution(tokens, at, i)))
            {
                continue;
            }

            var t = tokens[i];
            var distance = t.End <= at ? (2 * (at - t.End)) : (2 * (t.Start - at)) + 1;
            if (distance < best)
            {
                (best, future) = (distance, cue.Value);
            }
        }

        return future;
    }

    /// <summary>
    /// "The museum will stay closed until Friday, it said": a speech verb after the date and past a comma is the
    /// attribution of the whole clause, not its tense.
    /// </summary>
    private static bool TrailingAttribution(IReadOnlyList<Token> tokens, int at, int i) =>
        tokens[i].Start > at && SpeechPast.Contains(tokens[i].Text)
        && tokens.Any(t => t.IsPunct(',') && t.Start > at && t.Start < tokens[i].Start);

    private static readonly HashSet<string> SpeechPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "told", "announced", "added", "confirmed", "stated", "reported", "wrote", "explained",
    };

    /// <summary>"the coming fiscal year", "its next meeting": the word qualifies a noun and says nothing of the clause's tense.</summary>
    private static bool Attributive(IReadOnlyList<Token> tokens, int i) =>
        (tokens[i].Is("coming") || tokens[i].Is("upcoming") || tokens[i].Is("next")) && i > 0
        && Determiners.Contains(tokens[i - 1].Text);

    /// <summary>
    /// Whether the word at <paramref name="i"/> looks ahead: a future word, "'ll", a modal ("could be on the ballot" looks
    /// ahead; "could have happened" looks back), "going to"/"set to", or an arrangement ("is to begin", "is expected").
    /// </summary>
    private static bool IsFutureAt(IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i];
        return Words.Contains(t.Text) || t.Text.EndsWith("'ll", StringComparison.OrdinalIgnoreCase) || t.Text.EndsWith("’ll", StringComparison.OrdinalIgnoreCase)
            || (Modals.Contains(t.Text) && (i + 1 >= tokens.Count || !tokens[i + 1].Is("have")) && (t.IsLower || i == 0))
            || ((t.Is("going") || t.Is("set")) && i + 1 < tokens.Count && tokens[i + 1].Is("to"))
            || IsArranged(tokens, i) || WasExpected(tokens, i) || TakesEffect(tokens, i);
    }

    /// <summary>
    /// "It takes effect on the first of January", "comes into force", "enters into force", "goes into effect": a law's or a
    /// deal's start told in the present is scheduled, and lies ahead.
    /// </summary>
    private static bool TakesEffect(IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.Is("takes") && i + 1 < tokens.Count)
        {
            return tokens[i + 1].Is("effect");
        }

        // The bare forms are left out: "did not come into force" looks back, and "will", "is to" or "expected to" before
        // them already look ahead.
        return (t.Is("comes") || t.Is("enters") || t.Is("goes")) && i + 2 < tokens.Count
            && tokens[i + 1].Is("into") && (tokens[i + 2].Is("force") || tokens[i + 2].Is("effect"));
    }

    /// <summary>"was expected to visit Orskeld on Monday": what was expected when the article was written is still to come.</summary>
    private static bool WasExpected(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Is("expected") && i > 0 && (tokens[i - 1].Is("was") || tokens[i - 1].Is("were"))
        && i + 2 < tokens.Count && tokens[i + 1].Is("to") && tokens[i + 2].IsWord && tokens[i + 2].IsLower;

    /// <summary>
    /// "The new trial is to begin on 21 September", "it is expected to enter into force on January 1": "is"/"are" with
    /// "to" and a verb, or with "expected", arranges something ahead. ("is due" is left out: "the delay is due to the
    /// storm" gives a cause, not a time.)
    /// </summary>
    private static bool IsArranged(IReadOnlyList<Token> tokens, int i) =>
        (tokens[i].Is("is") || tokens[i].Is("are")) && i + 2 < tokens.Count
        && ((tokens[i + 1].Is("to") && tokens[i + 2].IsWord && tokens[i + 2].IsLower && !Determiners.Contains(tokens[i + 2].Text))
            || tokens[i + 1].Is("expected"));

    private static bool IsPastAt(IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i];
        // A participle after "be", "is" or "are" ("will be restored", "is expected") is passive voice, and after "stay" or
        // "remain" ("will stay closed") a state: the verb before it carries the tense, and only "was"/"were" make it past.
        return t.IsLower && (IrregularPast.Contains(t.Text) || (t.Text.Length > 4 && t.Text.EndsWith("ed", StringComparison.Ordinal)
            && i > 0 && !NotPastBefore.Contains(tokens[i - 1].Text)));
    }

    private static readonly HashSet<string> NotPastBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "be", "being", "is", "are", "stay", "stays", "remain", "remains", "get", "gets", "become", "becomes",
    };

    /// <summary>True when the outlet's own words (quotes aside) speak of the future.</summary>
    public static bool Any(IReadOnlyList<Token> tokens)
    {
        var quoted = Quotes.Inside(tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsWord || quoted[i])
            {
                continue;
            }

            if (IsFutureAt(tokens, i))
            {
                return true;
            }
        }

        return false;
    }
}
