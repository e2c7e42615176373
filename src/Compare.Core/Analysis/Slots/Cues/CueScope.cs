using Compare.Core.Analysis.Text;

namespace Compare.Core.Analysis.Slots.Cues;

/// <summary>
/// Which tokens can decide a sentence's polarity and certainty. Cues inside side clauses do not: parentheses, concessive and
/// conditional clauses ("although the papers have not been verified", "if prices keep cooling"), embedded questions ("how it
/// could have happened"), trailing adjuncts after a comma (", adding that the cause was not yet known", ", without giving
/// details", ", not politicians,"), non-restrictive relatives (", who did not...") and restrictive ones right after a noun
/// ("flats that were never completed", "a judge who took no part"), and a clause with its own subject after ", and" /
/// ", but". Each side clause runs to the next comma, semicolon, colon or dash; a restrictive relative ends sooner, at the
/// main clause's finite verb.
/// </summary>
internal static class CueScope
{
    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "although", "though", "whereas", "unless", "if", "whether", "how", "why", "while", "once",
    };

    private static readonly HashSet<string> Relatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "which", "who", "whose", "whom", "where", "when",
    };

    private static readonly HashSet<string> Adjuncts = new(StringComparer.OrdinalIgnoreCase)
    {
        "without", "despite", "including", "unlike", "except", "not", "rather", "instead", "yet",
    };

    /// <summary>One flag per token: true when a cue there does not count.</summary>
    public static bool[] Excluded(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var excluded = new bool[tokens.Count];
        var depth = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.IsPunct('('))
            {
                depth++;
            }

            if (depth > 0)
            {
                excluded[i] = true;
            }

            if (t.IsPunct(')') && depth > 0)
            {
                depth--;
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!StartsSideClause(tokens, i))
            {
                continue;
            }

            // A restrictive relative has no comma to close it: it ends where the main clause's verb comes back ("the
            // attacker who shot dead three people is believed to have acted alone").
            var relative = RestrictiveRelative(tokens, i);
            var j = i;
            while (j < tokens.Count && !IsClauseEnd(tokens[j], j > i) && !(relative && j > i + 1 && MainVerb(tokens[j])))
            {
                excluded[j] = true;
                j++;
            }
        }

        return excluded;
    }

    private static bool StartsSideClause(IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i];
        if (!t.IsWord)
        {
            return false;
        }

        // "even though", "even as", "even if"
        if (t.Is("even") && i + 1 < tokens.Count && (tokens[i + 1].Is("though") || tokens[i + 1].Is("as") || tokens[i + 1].Is("if")))
        {
            return true;
        }

        if (Subordinators.Contains(t.Text))
        {
            // "whether or not", "if not" are handled by the polarity cues themselves; "though," as an adverb closes at once.
            return !(t.Is("while") && i > 0 && tokens[i - 1].Is("a"));
        }

        if (RestrictiveRelative(tokens, i))
        {
            return true;
        }

        var afterComma = i > 0 && tokens[i - 1].IsPunct(',');
        if (!afterComma)
        {
            return false;
        }

        // ", and no councilmember has suggested...": a second clause joined after a comma carries a statement of its own.
        var coordinated = (t.Is("and") || t.Is("but")) && i + 1 < tokens.Count && tokens[i + 1].IsWord && CoordinatedSubject(tokens, i + 1);
        return Relatives.Contains(t.Text) || Adjuncts.Contains(t.Text) || coordinated
            || (t.IsLower && t.Text.Length > 4 && t.Text.EndsWith("ing", StringComparison.Ordinal));
    }

    /// <summary>
    /// "flats that were never completed", "investors who had not been told": a relative clause right after a noun describes
    /// the noun, not whether the sentence's claim holds. "said that ... not", "found that ... not" (a verb before "that")
    /// introduce the claim itself and stay in scope.
    /// </summary>
    private static bool RestrictiveRelative(IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i];
        if (i == 0 || i + 1 >= tokens.Count || !(t.Is("that") || t.Is("who") || t.Is("which") || t.Is("whose")) || !t.IsLower)
        {
            return false;
        }

        // "who", "which" and "whose" after a noun open a relative clause whatever verb follows ("a judge who took no part",
        // "crews whose methods"); "that" may open the claim itself ("ensure that nobody"), so it needs a finite verb next.
        var prev = tokens[i - 1];
        var next = tokens[i + 1];
        return prev.IsWord && (prev.IsLower || i == 1) && !prev.Text.EndsWith("ed", StringComparison.Ordinal) && !Complement.Contains(prev.Text)
            && next.IsWord && (FiniteAfterRelative.Contains(next.Text) || next.Text.EndsWith("n't", StringComparison.OrdinalIgnoreCase)
                || !t.Is("that") && next.IsLower);
    }

    /// <summary>Words before "that" that take a clause as their complement ("said that", "so that", "evidence that").</summary>
    private static readonly HashSet<string> Complement = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "says", "told", "tell", "tells", "know", "knows", "knew", "think", "thinks", "thought", "believe", "believes", "show",
        "shows", "shown", "find", "finds", "found", "rule", "rules", "argue", "argues", "claim", "claims", "insist", "insists", "warn",
        "warns", "note", "notes", "add", "adds", "report", "reports", "state", "states", "conclude", "concludes", "suggest", "suggests",
        "so", "such", "now", "clear", "sure", "likely", "possible", "unlikely", "evidence", "fact", "news", "hope", "fear", "belief",
        "view", "sign", "proof", "assurance", "assurances", "promise", "confident", "aware", "given", "means", "mean", "meant",
        "is", "was", "are", "were", "be", "been", "and", "but", "or",
    };

    /// <summary>Words that open the verb of a relative clause: "that were", "who had", "which never".</summary>
    private static readonly HashSet<string> FiniteAfterRelative = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "is", "are", "had", "has", "have", "would", "will", "could", "can", "never", "not", "did", "does", "do",
        "might", "may", "should", "must",
    };

    /// <summary>A finite verb that ends a restrictive relative: "is", "was", "has", "will", "could"...</summary>
    private static bool MainVerb(Token t) => t.IsWord && FiniteAfterRelative.Contains(t.Text) && !t.Is("never") && !t.Is("not");

    /// <summary>A clause after ", and" / ", but" with a subject of its own: a determiner, pronoun, name or "no"/"none".</summary>
    private static bool CoordinatedSubject(IReadOnlyList<Token> tokens, int k)
    {
        var t = tokens[k];
        return t.Is("no") || t.Is("none") || t.Is("nobody") || t.Is("neither") || t.Is("the") || t.Is("a") || t.Is("an")
            || t.Is("he") || t.Is("she") || t.Is("they") || t.Is("it") || t.Is("we") || t.Is("i") || t.Is("its") || t.Is("their")
            || t.Is("his") || t.Is("her") || t.Is("some") || t.Is("many") || t.Is("most") || t.IsCapitalized;
    }

    private static bool IsClauseEnd(Token t, bool started) =>
        started && (t.IsPunct(',') || t.IsPunct(';') || t.IsPunct(':') || t.IsPunct('—') || t.IsPunct('–') || t.IsPunct(')'));
}
