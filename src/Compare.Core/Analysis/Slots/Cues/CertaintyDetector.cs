using Compare.Core.Analysis.Slots.Dates;
using Compare.Core.Analysis.Text;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Slots.Cues;

/// <summary>
/// Hedged or asserted. Cues: may, might, could (not "could not", "could only", or a purpose: "so fans could block it"),
/// likely, unlikely, probably, possibly, possible, perhaps, maybe, allegedly, alleged, reportedly, purportedly, purported,
/// "purporting to", apparently, presumably, potentially, seemingly, supposedly, unconfirmed, unverified, rumoured,
/// speculated, suspected, suggests/suggested, claimed and "claims that" (of a statement, not "claimed responsibility" or
/// "awash with claims that"), "is believed to", "is thought to", "is said to", "appears to", "seems to", "is expected to",
/// "is expected on 1 July", "hopes to", "expects to", "should be", "is considered", "is seen as", "is considering" ("is
/// weighing", "is mulling"). "would" and "will" are not
/// hedges. Only cues in the main clauses count.
/// </summary>
internal static class CertaintyDetector
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "might", "likely", "unlikely", "probably", "possibly", "perhaps", "maybe", "allegedly", "alleged", "reportedly",
        "purportedly", "purported", "purporting", "apparently", "presumably", "potentially", "seemingly", "supposedly", "unconfirmed",
        "unverified", "rumored", "rumoured", "speculated", "suspected",
    };

    /// <summary>Verbs of seeming that hedge when followed by "to": "appears to", "is believed to".</summary>
    private static readonly HashSet<string> BeforeTo = new(StringComparer.Ordinal)
    {
        "appears", "appear", "appeared", "appearing", "seems", "seem", "seemed", "believed", "thought", "expected", "said",
    };

    private static readonly HashSet<string> Be = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "be", "been", "being", "widely", "generally", "often", "largely", "commonly", "broadly", "still",
    };

    private static readonly HashSet<string> Evidential = new(StringComparer.OrdinalIgnoreCase)
    {
        "purporting", "purportedly", "purported", "allegedly", "alleged", "reportedly", "supposedly", "unconfirmed", "unverified",
    };

    private static readonly HashSet<string> Proposers = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "he", "she", "they", "we", "i", "who", "also", "once",
    };

    private static readonly HashSet<string> ClaimedObjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "responsibility", "credit", "victory", "the", "a", "an", "his", "her", "its", "their", "our", "ownership", "asylum", "lives", "no",
    };

    /// <summary>Words before "claims that" that make it the noun: "awash with claims that", "the claims that".</summary>
    private static readonly HashSet<string> ClaimsAsNoun = new(StringComparer.OrdinalIgnoreCase)
    {
        "with", "of", "about", "the", "these", "those", "such", "any", "no", "new", "false", "similar", "earlier", "online", "and",
        "denied", "rejected", "dismissed", "repeated", "investigated", "unverified", "unconfirmed",
    };

    public static (Certainty Certainty, IReadOnlyList<string> Cues) Detect(IReadOnlyList<Token> tokens, bool[] excluded)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(excluded);
        var cues = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            // Evidential hedges qualify the claim wherever they stand: ", purporting to show", ", reportedly killed".
            if (!tokens[i].IsWord || excluded[i] && !Evidential.Contains(tokens[i].Text))
            {
                continue;
            }

            if (Cue(tokens, i) is { } cue)
            {
                cues.Add(cue);
            }
        }

        return (cues.Count > 0 ? Certainty.Hedged : Certainty.Asserted, cues);
    }

    private static string? Cue(IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i];
        var w = t.Text.ToLowerInvariant();
        var next = i + 1 < tokens.Count ? tokens[i + 1] : Token.None;
        var prev = i > 0 ? tokens[i - 1] : Token.None;
        if (t.Text == "may" || (t.Text == "May" && i == 0 && next.IsLower))
        {
            return "may";
        }

        if (w == "could")
        {
            // "as best they could", "as fast as it could": a manner or degree, not a possibility.
            var from = Math.Max(0, i - 4);
            var asBefore = Enumerable.Range(from, i - from).Any(k => tokens[k].Is("as"));
            // "so fans could block any move", "so that it could be checked": a purpose, not a possibility. "could be reached
            // only the long way round", "could only watch": what was possible then, not a guess.
            var soBefore = Enumerable.Range(from, i - from).Any(k => tokens[k].Is("so"));
            var only = next.Is("only") || (i + 3 < tokens.Count && next.Is("be") && tokens[i + 3].Is("only"));
            return next.Is("not") || (asBefore && prev.IsLower && !next.IsWord) || soBefore || only || ResultClause(tokens, i) ? null : "could";
        }

        if (Words.Contains(w))
        {
            return w;
        }

        if (BeforeTo.Contains(w) && next.Is("to") && (w != "said" && w != "expected" && w != "thought" && w != "believed"
            || Be.Contains(prev.Text)))
        {
            return w + " to";
        }

        // "The deal should be done on the first of July", "service should be back to normal by Monday": an expectation,
        // told by the time it looks to. Without one, "should be" is what ought to happen ("the result should be followed by
        // an early general election"), which hedges nothing.
        if (w == "should" && next.Is("be") && TimeAhead(tokens, i + 2))
        {
            return "should";
        }

        // "completion is expected on 1 July", "a ruling is expected by Friday".
        if (w == "expected" && Be.Contains(prev.Text) && (next.Is("on") || next.Is("by") || next.Is("in") || next.Is("within")))
        {
            return "expected";
        }

        // "The company hopes to have fresh stock by June 1", "it expects to finish in May": an aim, not a fact yet.
        if (w is "hopes" or "hoped" or "hoping" or "expects" or "expecting" && next.Is("to"))
        {
            return w + " to";
        }

        // "Kestrania is considering retaliatory tariffs", "the board is weighing a sale": a choice not yet made.
        if (w is "considering" or "weighing" or "mulling" or "contemplating" && Be.Contains(prev.Text))
        {
            return w;
        }

        if (w == "possible" && Be.Contains(prev.Text))
        {
            return "possible";
        }

        // "the report suggests", "as well suggests" hedge; "no councilmember has suggested a motion" proposes.
        if (w is "suggests" or "suggested" or "suggesting" or "suggest" && !Proposers.Contains(prev.Text))
        {
            return w;
        }

        if (w == "considered" && Be.Contains(prev.Text))
        {
            return "considered";
        }

        if (w == "seen" && next.Is("as") && Be.Contains(prev.Text))
        {
            return "seen as";
        }

        // "it claimed showed", "claims that": a claim reported with distance; "claimed responsibility" and its passive
        // "responsibility was claimed by Greyfen" are an act, not a hedge, and so is a toll ("claimed 12 lives", "claimed
        // no lives").
        if ((w == "claimed" && !ClaimedObjects.Contains(next.Text) && !next.IsNumber && !(Be.Contains(prev.Text) && next.Is("by")))
            || (w == "claims" && next.Is("that") && !ClaimsAsNoun.Contains(prev.Text)))
        {
            return w;
        }

        return null;
    }

    /// <summary>Words of a time that an expectation looks to: "by Monday", "on the first of July", "by the end of the week".</summary>
    private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "today", "tonight", "tomorrow", "weekend", "week", "month", "year", "spring", "summer", "autumn", "winter", "end", "soon",
        "morning", "afternoon", "evening", "hours", "days", "weeks", "months",
    };

    /// <summary>Whether a time follows <paramref name="from"/> in its clause, within eight tokens.</summary>
    private static bool TimeAhead(IReadOnlyList<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count && k < from + 8; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punct && !t.IsPunct('-'))
            {
                return false;
            }

            if (t.IsWord && (TimeWords.Contains(t.Text) || DateWords.IsMonthOrWeekday(t.Text)) || t.IsNumber && t.Text.Length == 4)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "a sky so clear that spectators on the dunes could follow it", "close enough that people on the quay could hear": a
    /// clause of result says what was possible then; it is no guess.
    /// </summary>
    private static bool ResultClause(IReadOnlyList<Token> tokens, int could)
    {
        for (var k = could - 1; k >= 1 && k >= could - 8; k--)
        {
            if (tokens[k].IsPunct(',') || tokens[k].IsPunct(';'))
            {
                return false;
            }

            if (tokens[k].Is("that"))
            {
                // "so clear that", "enough that", "such a loud blast that".
                return tokens[k - 1].Is("enough") || Enumerable.Range(Math.Max(0, k - 4), Math.Min(4, k)).Any(j => tokens[j].Is("so") || tokens[j].Is("such"));
            }
        }

        return false;
    }
}
