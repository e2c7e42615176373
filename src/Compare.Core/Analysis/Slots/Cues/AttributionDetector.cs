using Compare.Core.Analysis.Slots.Dates;
using Compare.Core.Analysis.Slots.Quantities;
using Compare.Core.Analysis.Text;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Slots.Cues;

/// <summary>
/// Who a sentence credits. In order: "according to X" ("according to a 2020 US Department of State report" → US Department
/// of State); a reporting verb with its subject before ("The Wall Street Journal reported", "Israeli officials have said",
/// "Mayor Ines Varga, who proposed the budget, said") or after it (", said Miriam Castellane"); "citing X" ("citing a Hamas
/// source" → "Hamas source"); "by X's count" ("by the police's reckoning" → police); "it said", credited to the body the
/// article credited last. Documents count as sources when they "show" something ("the records show"). A sentence
/// without any of these has no attribution (null).
/// </summary>
internal static class AttributionDetector
{
    private const int MaxSubject = 9;

    /// <summary>Verbs that always report speech: "said", "told", "reported", "denied".</summary>
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "told", "tells", "reported", "announced", "announces", "stated", "confirmed", "confirms",
        "warned", "warns", "argued", "argues", "argue", "acknowledged", "acknowledges", "insisted", "insists", "alleged", "alleges",
        "testified", "wrote", "writes", "declared", "declares", "denied", "denies", "contend", "contends", "contended", "predicted",
        "predicts", "explained", "explains", "stressed", "stresses", "emphasized", "emphasised", "signalled", "signaled", "disclosed",
        "revealed", "reveals", "admitted", "admits", "conceded", "concedes", "asserted", "asserts", "recalled", "added", "reckons",
        "reckoned",
    };

    /// <summary>
    /// Verbs that report speech only before "that" or at the end of a clause ("the bank estimated in 2018."). "claimed" with
    /// an object is an act: "claimed responsibility", "has claimed the attack", "the fire has so far claimed no lives".
    /// </summary>
    private static readonly HashSet<string> AmbiguousVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "noted", "notes", "adds", "claimed", "estimated", "estimates", "maintained", "maintains", "believes", "believe", "concluded",
        "concludes", "calculated", "calculate", "calculates", "reports", "claims", "states", "projected", "projects", "promised", "promises", "vowed", "vows",
        "pledged", "pledges",
    };

    /// <summary>
    /// Verbs of belief that report a view when a clause follows, with or without "that": "The company believes the collapse
    /// was probably set off by a rock burst", "Economists expect beef prices to fall". Not "expects to cut" or "thinks twice".
    /// </summary>
    private static readonly HashSet<string> BeliefVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "believes", "believe", "thinks", "think", "expects", "expect",
    };

    /// <summary>Words that make the verb of a clause: "the collapse was", "the bank will".</summary>
    private static readonly HashSet<string> FiniteVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must",
    };

    /// <summary>Verbs that credit a document ("the records show"), when their subject is one.</summary>
    private static readonly HashSet<string> DocumentVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "show", "shows", "showed", "projects", "projected", "estimates", "estimated", "indicated", "indicates", "found", "finds", "put",
        "puts", "placed", "places",
    };

    private static readonly HashSet<string> DocumentNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "records", "record", "documents", "document", "data", "figures", "statement", "report", "reports", "filing", "filings",
        "papers", "study", "survey", "poll", "analysis", "numbers", "readings", "statistics", "minutes", "transcript", "letter",
        "note", "notes", "memo", "forecast", "projections", "estimates", "review", "audit", "findings", "results", "files", "logs",
        "assessment", "assessments", "intelligence", "evidence", "tests", "images", "footage", "video", "photos", "research",
    };

    /// <summary>Who speaks for someone, after "his", "her", "its", "their": "according to his spokesperson".</summary>
    private static readonly HashSet<string> PossessedSources = new(StringComparer.OrdinalIgnoreCase)
    {
        "spokesperson", "spokesman", "spokeswoman", "lawyer", "lawyers", "attorney", "attorneys", "aide", "aides", "office", "family",
        "representative", "representatives", "agent", "publicist", "staff", "officials", "doctor", "doctors", "statement",
    };

    /// <summary>"acts according to its own interests", "according to plan": not a source.</summary>
    private static readonly HashSet<string> NotSources = new(StringComparer.OrdinalIgnoreCase)
    {
        "its", "their", "his", "her", "our", "my", "your", "plan", "schedule", "tradition", "custom", "law", "rules", "need",
    };

    /// <summary>Words before "say" that make it a noun ("the final say").</summary>
    private static readonly HashSet<string> NounMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "final", "any", "no", "this", "that", "his", "her", "their", "its", "our", "my", "your", "more", "some",
    };

    /// <summary>Words that open a time adjunct before a weekday or month: "on Thursday", "by Friday evening", "last May".</summary>
    private static readonly HashSet<string> TimePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "by", "last", "this", "until", "since", "in",
    };

    /// <summary>Parts of a day that may follow a weekday in a time adjunct.</summary>
    private static readonly HashSet<string> TimesOfDay = new(StringComparer.OrdinalIgnoreCase) { "morning", "afternoon", "evening", "night" };

    /// <summary>Subjects that name no source: quantifiers and the speaker's own "I", "we", "you".</summary>
    private static readonly HashSet<string> NoSource = new(StringComparer.OrdinalIgnoreCase)
    {
        "all", "both", "each", "every", "i", "we", "you", "well", "also", "too", "however", "still", "even", "only", "alone", "here",
    };

    /// <summary>Words that open a subject naming no one at all: "Nobody had warned us", "None of them told the council".</summary>
    private static readonly HashSet<string> NoOne = new(StringComparer.OrdinalIgnoreCase) { "nobody", "none", "neither", "nothing", "no-one" };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "also", "previously", "later", "earlier", "again", "recently", "repeatedly", "publicly", "privately",
        "separately", "already", "initially", "first", "would", "will", "did", "does", "do", "since", "once", "reportedly", "long",
        "widely", "now", "then", "just", "further", "officially", "ultimately",
    };

    private static readonly HashSet<string> SubjectStops = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "who", "whom", "whose", "because", "if", "when", "while", "as", "but", "or", "than", "so", "since", "after",
        "before", "although", "though", "where", "whether", "how", "why", "what", "is", "was", "are", "were", "be", "been", "has",
        "have", "had", "will", "would", "could", "should", "may", "might", "can", "did", "do", "does", "to", "in", "on", "at", "by",
        "for", "with", "from", "into", "about", "over", "under", "and", "not", "it", "this", "these", "those", "there", "here",
    };

    /// <summary>Words after the verb that make it something other than reporting: "reported back", "reported for duty", "disclosed by".</summary>
    private static readonly HashSet<string> NotReporting = new(StringComparer.OrdinalIgnoreCase)
    {
        "back", "for", "by", "sick", "missing",
    };

    /// <summary>
    /// Words after which a lower-case noun phrase is not the sentence's subject: "in a deal announced on Tuesday" (a
    /// participle after a preposition's object), "after engineers found that..." (a clause of time or reason).
    /// </summary>
    private static readonly HashSet<string> BeforeNonSubject = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "by", "for", "with", "from", "into", "about", "over", "under", "of", "after", "before", "since",
        "because", "when", "while", "if", "although", "though", "until", "unless", "once",
    };

    private static readonly HashSet<string> Passive = new(StringComparer.OrdinalIgnoreCase)
    {
        "be", "been", "being", "is", "was", "were", "are", "to", "get", "got",
    };

    /// <summary>The attribution of <paramref name="sentence"/>; <paramref name="sideClauses"/> marks tokens of side clauses
    /// (<see cref="CueScope"/>), whose reporting verbs credit something else ("though several had said...").</summary>
    /// <remarks>
    /// <paramref name="lastPerson"/> is whom a "she said" means, <paramref name="lastBody"/> what an "it said" means: the
    /// source other than a person that the article credited last (null: "it said" credits nobody known, and the sentence
    /// has no attribution).
    /// </remarks>
    public static Attribution? Detect(SentenceText sentence, IReadOnlyList<EntityMention> entities, string? lastPerson, bool[] sideClauses,
        string? lastBody = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(sideClauses);
        return AccordingTo(sentence, entities, lastPerson) ?? Verb(sentence, entities, lastPerson, sideClauses)
            ?? Citing(sentence, entities, lastPerson) ?? ByCount(sentence, entities, lastPerson)
            ?? OwnedCount(sentence, entities, lastPerson) ?? ItSaid(sentence, lastBody, sideClauses);
    }

    /// <summary>Nouns of a count or estimate that credit their owner: "by the police's reckoning", "by the operator's own count".</summary>
    private static readonly HashSet<string> CountNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "count", "counts", "reckoning", "estimate", "estimates", "tally", "calculation", "calculations", "figures", "numbers", "account",
        "measure", "assessment",
    };

    private static readonly HashSet<string> TimeOwners = new(StringComparer.OrdinalIgnoreCase)
    {
        "today", "yesterday", "tonight", "day", "week", "month", "year", "weekend", "morning", "evening", "night", "season",
    };

    /// <summary>
    /// "By the police's reckoning, ...", "by the operator's own count": the owner of the count is the source. Only at the
    /// head of the sentence or after a comma, so "paid by the city's estimate of costs" stays unread.
    /// </summary>
    private static Attribution? ByCount(SentenceText sentence, IReadOnlyList<EntityMention> entities, string? lastPerson)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i + 3 < tokens.Count; i++)
        {
            if (!tokens[i].Is("by") || (i > 0 && !tokens[i - 1].IsPunct(',')))
            {
                continue;
            }

            // "By Friday's count", "by last year's estimate": a time owns no count.
            var owner = Possessive(tokens, i + 2, i + MaxSubject, wordsOnly: false);
            if (owner < 0 || OwnedByTime(tokens, i + 1, owner))
            {
                continue;
            }

            var noun = OwnedNoun(tokens, owner, CountNouns);
            if (noun >= 0 && SourceNormalizer.Normalize(sentence, i + 1, owner, entities, lastPerson) is { } source)
            {
                return new Attribution(source, "by", sentence.Between(i, noun + 1));
            }
        }

        return null;
    }

    /// <summary>
    /// Where an owner that starts before <paramref name="from"/> ends at its possessive ("the police's", "Ardgrid's", "the
    /// unions'"), looking up to <paramref name="last"/>; -1 when no possessive is there, or, with
    /// <paramref name="wordsOnly"/>, when anything but a word comes first.
    /// </summary>
    private static int Possessive(IReadOnlyList<Token> tokens, int from, int last, bool wordsOnly)
    {
        for (var k = from; k < tokens.Count && k <= last; k++)
        {
            if (tokens[k].Text is "'s" or "’s" or "'" or "’")
            {
                return k;
            }

            if (wordsOnly && !tokens[k].IsWord)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"Friday's count", "last year's estimate": an owner with a month, weekday or time word in it is a time.</summary>
    private static bool OwnedByTime(IReadOnlyList<Token> tokens, int from, int owner) =>
        Enumerable.Range(from, owner - from).Any(k => DateWords.IsMonthOrWeekday(tokens[k].Text) || TimeOwners.Contains(tokens[k].Text));

    /// <summary>
    /// The noun of <paramref name="nouns"/> owned by the possessive at <paramref name="owner"/>: "count", "own count",
    /// "preliminary count" (one lower-case word before it at most); -1 when none.
    /// </summary>
    private static int OwnedNoun(IReadOnlyList<Token> tokens, int owner, HashSet<string> nouns)
    {
        var noun = owner + 1;
        noun += noun < tokens.Count && tokens[noun].Is("own") ? 1 : 0;
        noun += noun + 1 < tokens.Count && tokens[noun].IsLower && !nouns.Contains(tokens[noun].Text) && nouns.Contains(tokens[noun + 1].Text)
            ? 1
            : 0;
        return noun < tokens.Count && nouns.Contains(tokens[noun].Text) ? noun : -1;
    }

    /// <summary>
    /// Whether a figure stands at <paramref name="from"/>, after the words that may lead one ("nearly", "about", "more
    /// than") up to <paramref name="last"/>: a number, written or in digits, or a currency symbol.
    /// </summary>
    private static bool FigureFollows(IReadOnlyList<Token> tokens, int from, int last)
    {
        var f = from;
        while (f < tokens.Count && f <= last && tokens[f].IsWord && FigureLeads.Contains(tokens[f].Text))
        {
            f++;
        }

        return f < tokens.Count && (tokens[f].Kind == TokenKind.Symbol || NumberReader.TryRead(tokens, f, false, out _));
    }

    /// <summary>The first token after a dateline in capitals and its punctuation ("HALSEY —"); 0 when there is none.</summary>
    private static int HeadlineEnd(IReadOnlyList<Token> tokens)
    {
        var i = 0;
        while (i < tokens.Count && (tokens[i].Kind == TokenKind.Punct || tokens[i].IsWord && !tokens[i].Text.Any(char.IsLower)))
        {
            i++;
        }

        return i;
    }

    /// <summary>Nouns of a figure that, owned by the subject that opens a sentence, credit their owner ("the minister's price tag").</summary>
    private static readonly HashSet<string> OwnedFigureNouns = new(CountNouns, StringComparer.OrdinalIgnoreCase)
    {
        "figure", "forecast", "forecasts", "projection", "projections", "valuation", "tag",
    };

    /// <summary>Verbs that give an owned figure its value: "The organisers' count was 310,000".</summary>
    private static readonly HashSet<string> FigureCopulas = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "are", "were", "stands", "stood", "came", "comes", "reached", "reaches", "runs", "ran",
    };

    /// <summary>
    /// "The organisers' count was three hundred and ten thousand", "The minister's price tag for the job is $186 million":
    /// a count or estimate that opens the sentence (after a dateline at most), owned by someone and given a figure, credits
    /// its owner, as "by the organisers' count" does. "Last year's figures were ..." is owned by a time and credits no one.
    /// </summary>
    private static Attribution? OwnedCount(SentenceText sentence, IReadOnlyList<EntityMention> entities, string? lastPerson)
    {
        var tokens = sentence.Tokens;
        var first = HeadlineEnd(tokens);
        var owner = Possessive(tokens, first + 1, first + MaxSubject, wordsOnly: true);
        if (owner < 0 || OwnedByTime(tokens, first, owner))
        {
            return null;
        }

        // "count", "own count", "preliminary count", "price tag".
        var noun = OwnedNoun(tokens, owner, OwnedFigureNouns);
        if (noun < 0 || tokens[noun].Is("tag") && !tokens[noun - 1].Is("price"))
        {
            return null;
        }

        // The verb that gives the figure, after the noun's own complement at most ("for the job").
        for (var v = noun + 1; v < tokens.Count && v <= noun + 5; v++)
        {
            if (tokens[v].Kind == TokenKind.Punct)
            {
                return null;
            }

            if (!FigureCopulas.Contains(tokens[v].Text))
            {
                continue;
            }

            // "was 310,000", "stood at 38 million", "came to nearly $2 billion".
            var f = v + 1;
            f += f < tokens.Count && (tokens[f].Is("at") || tokens[f].Is("to")) ? 1 : 0;
            return FigureFollows(tokens, f, v + 5) && SourceNormalizer.Normalize(sentence, first, owner, entities, lastPerson) is { } source
                ? new Attribution(source, tokens[noun].Text.ToLowerInvariant(), sentence.Between(first, noun + 1))
                : null;
        }

        return null;
    }

    /// <summary>
    /// "..., it said." and "It said 127 people had been rescued": the body the article credited last
    /// (<paramref name="lastBody"/>).
    /// </summary>
    private static Attribution? ItSaid(SentenceText sentence, string? lastBody, bool[] sideClauses)
    {
        if (lastBody is null)
        {
            return null;
        }

        var tokens = sentence.Tokens;
        for (var v = 1; v < tokens.Count; v++)
        {
            if (sideClauses[v] || !tokens[v].IsLower || !SpeechVerbs.Contains(tokens[v].Text))
            {
                continue;
            }

            var k = v - 1;
            while (k > 0 && k >= v - 2 && Auxiliaries.Contains(tokens[k].Text))
            {
                k--;
            }

            if (tokens[k].Is("it") && (k == 0 || !tokens[k - 1].IsWord || tokens[k - 1].Is("and") || tokens[k - 1].Is("but")))
            {
                return new Attribution(lastBody, tokens[v].Text.ToLowerInvariant(), sentence.Between(k, v + 1));
            }
        }

        return null;
    }

    private static Attribution? AccordingTo(SentenceText sentence, IReadOnlyList<EntityMention> entities, string? lastPerson)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            // "according to its own interests" credits no one; "according to his spokesperson" does.
            if (!tokens[i].Is("according") || !tokens[i + 1].Is("to")
                || NotSources.Contains(tokens[i + 2].Text) && !(i + 3 < tokens.Count && PossessedSources.Contains(tokens[i + 3].Text)))
            {
                continue;
            }

            var end = PhraseEnd(tokens, i + 2);
            if (SourceNormalizer.Normalize(sentence, i + 2, end, entities, lastPerson) is { } source)
            {
                return new Attribution(source, "according to", sentence.Between(i, end));
            }
        }

        return null;
    }

    /// <summary>What one cites as a reason rather than as a source: "citing security concerns", "citing health grounds".</summary>
    private static readonly HashSet<string> CitedReasons = new(StringComparer.OrdinalIgnoreCase)
    {
        "concern", "concerns", "fear", "fears", "reason", "reasons", "ground", "grounds", "risk", "risks", "worry", "worries",
        "lack", "need", "pressure", "pressures", "cost", "costs", "difficulty", "difficulties", "problem", "problems", "delay",
        "delays", "shortage", "shortages", "uncertainty", "threat", "threats",
    };

    private static Attribution? Citing(SentenceText sentence, IReadOnlyList<EntityMention> entities, string? lastPerson)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!tokens[i].Is("citing"))
            {
                continue;
            }

            // "citing security concerns", "citing a lack of funds": a reason given, not a source.
            var end = PhraseEnd(tokens, i + 1);
            if (!Enumerable.Range(i + 1, end - i - 1).Any(k => CitedReasons.Contains(tokens[k].Text))
                && SourceNormalizer.Normalize(sentence, i + 1, end, entities, lastPerson) is { } source)
            {
                return new Attribution(source, "citing", sentence.Between(i, end));
            }
        }

        return null;
    }

    private static Attribution? Verb(SentenceText sentence, IReadOnlyList<EntityMention> entities, string? lastPerson, bool[] sideClauses)
    {
        var tokens = sentence.Tokens;
        Attribution? document = null;
        for (var v = 0; v < tokens.Count; v++)
        {
            var verb = tokens[v];
            if (!sideClauses[v] && KeenToSay(tokens, v) is { } opener && Subject(tokens, opener) is { } keen
                && !IsPronoun(tokens[keen.First]) && !NoSource.Contains(tokens[keen.Next - 1].Text)
                && SourceNormalizer.Normalize(sentence, keen.First, keen.Next, entities, lastPerson) is { } keenSource)
            {
                return new Attribution(keenSource, verb.Text.ToLowerInvariant(), sentence.Between(keen.First, v + 1));
            }

            if (sideClauses[v] || !verb.IsWord || !verb.IsLower || v > 0 && (Passive.Contains(tokens[v - 1].Text)
                || NounMarkers.Contains(tokens[v - 1].Text)) || PassiveAfterAdverbs(tokens, v)
                || !(SpeechVerbs.Contains(verb.Text) || AmbiguousVerbs.Contains(verb.Text) || DocumentVerbs.Contains(verb.Text)
                    || BeliefVerbs.Contains(verb.Text))
                || IsOrder(tokens, v) || IsAct(tokens, v) || v + 1 < tokens.Count && NotReporting.Contains(tokens[v + 1].Text)
                || Agreed(tokens, v) || AddedFigure(tokens, v))
            {
                continue;
            }

            // ", said Miriam Castellane, a former analyst": the subject follows the verb, unless the comma closes a subject
            // set off before it ("the minister, Corvin Almeda, said").
            // "..., Mirela Oskand, president of the federation, told reporters": whom one tells is the listener, never the
            // speaker, so "told" takes no subject after it.
            var before = Subject(tokens, v);
            if (v > 0 && (tokens[v - 1].IsPunct(',') || IsCloseQuote(tokens[v - 1])) && !SetOffByComma(tokens, before) && !Tells(verb)
                && InvertedSubjectEnd(tokens, v) is { } end
                && SourceNormalizer.Normalize(sentence, v + 1, end, entities, lastPerson) is { } after)
            {
                return new Attribution(after, verb.Text.ToLowerInvariant(), sentence.Between(v, end));
            }

            // "The blast went off after midnight, and many people say they felt it": the reporting verb credits only its own
            // clause, not the statement before the comma.
            if (before is not { } subject || NoSource.Contains(tokens[subject.Next - 1].Text) || NamesNoOne(tokens, subject.First, subject.Next)
                || subject.First >= 2 && (tokens[subject.First - 1].Is("and") || tokens[subject.First - 1].Is("but"))
                && tokens[subject.First - 2].IsPunct(',')
                || subject.Next - subject.First == 1
                && NoSource.Contains(tokens[subject.First].Text) || InRelativeClause(tokens, subject.First)
                || subject.First > 0 && tokens[subject.First].IsLower && BeforeNonSubject.Contains(tokens[subject.First - 1].Text)
                && !(subject.First >= 2 && tokens[subject.First - 1].Is("for") && SpokesNouns.Contains(tokens[subject.First - 2].Text))
                || subject.First > 0 && Concessive.Contains(tokens[subject.First - 1].Text))
            {
                continue;
            }

            var documentSubject = HasDocumentNoun(tokens, subject.First, subject.Next);
            var speech = SpeechVerbs.Contains(verb.Text) || (DocumentVerbs.Contains(verb.Text) && documentSubject)
                || ThatOrClauseEnd(tokens, v) || PutsAtFigure(tokens, v, subject) || BeliefVerbs.Contains(verb.Text) && ClauseFollows(tokens, v);
            if (speech && (!DocumentVerbs.Contains(verb.Text) || !IsPronoun(tokens[subject.First]))
                && SourceNormalizer.Normalize(sentence, subject.First, subject.Next, entities, lastPerson) is { } source)
            {
                var found = new Attribution(source, verb.Text.ToLowerInvariant(), sentence.Between(subject.First, v + 1));

                // "Security camera footage shows three men, police said": the document is what the speaker cites; the
                // sentence credits the speaker, when one follows.
                if (documentSubject && DocumentVerbs.Contains(verb.Text) && !SpeechVerbs.Contains(verb.Text))
                {
                    document ??= found;
                    continue;
                }

                return found;
            }
        }

        return document;
    }

    /// <summary>
    /// Words that open a clause conceding a view the sentence then sets aside: "The auditors now consider it likely that
    /// the line will open in 2031, although Ferrovant, the state company building it, insists that 2030 remains within
    /// reach" does not credit Ferrovant.
    /// </summary>
    private static readonly HashSet<string> Concessive = new(StringComparer.OrdinalIgnoreCase) { "although", "though", "whereas", "while" };

    /// <summary>Infinitives that report speech after "at pains to", "keen to", "quick to": "was at pains to stress that".</summary>
    private static readonly HashSet<string> SpeechInfinitives = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "stress", "emphasise", "emphasize", "insist", "point", "note", "explain", "add", "deny", "tell", "make",
    };

    /// <summary>Adjectives before "to" that leave the infinitive's speech to the subject: "keen to stress", "quick to deny".</summary>
    private static readonly HashSet<string> KeenWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "keen", "quick", "careful", "eager", "anxious", "pains",
    };

    /// <summary>
    /// "The judges were at pains to say that ...", "The company was keen to stress that ...", "Police were quick to point
    /// out": the subject says what follows. Returns where the subject's verb phrase opens ("were"), or null. "make" counts
    /// only in "make clear", "point" only in "point out", "tell" only before "reporters".
    /// </summary>
    private static int? KeenToSay(IReadOnlyList<Token> tokens, int v)
    {
        if (v < 3 || !tokens[v].IsWord || !SpeechInfinitives.Contains(tokens[v].Text) || !tokens[v - 1].Is("to")
            || !KeenWords.Contains(tokens[v - 2].Text))
        {
            return null;
        }

        var next = v + 1 < tokens.Count ? tokens[v + 1] : Token.None;
        if (tokens[v].Is("make") && !next.Is("clear") || tokens[v].Is("point") && !next.Is("out") || tokens[v].Is("tell") && !next.Is("reporters"))
        {
            return null;
        }

        var k = v - 2;
        if (tokens[k].Is("pains"))
        {
            if (!tokens[k - 1].Is("at"))
            {
                return null;
            }

            k--;
        }

        return k > 0 && (tokens[k - 1].Is("was") || tokens[k - 1].Is("were") || tokens[k - 1].Is("is") || tokens[k - 1].Is("are")) ? k - 1 : null;
    }

    /// <summary>Verbs of an estimate that name its figure after "at": "The regulator puts the extra risk at one in 20,000".</summary>
    private static readonly HashSet<string> PutVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "put", "puts", "placed", "places", "estimated", "estimates", "estimate", "pegged", "pegs",
    };

    /// <summary>Words between "at" and the figure of an estimate: "at nearly 24 billion crowns", "at about $186 million".</summary>
    private static readonly HashSet<string> FigureLeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "around", "roughly", "nearly", "almost", "some", "just", "over", "under", "more", "less", "than", "up", "to",
        "as", "many", "much", "least", "a", "an", "the",
    };

    /// <summary>
    /// "The auditors now put the cost of the line at nearly 24 billion crowns", "Fennick put the cost of the work at $186
    /// million": whoever puts a figure "at" a number gives an estimate, so the subject is the source, as with "estimated".
    /// "put the plan on hold", "put pressure on" and "put it at risk" have no figure after "at" and credit no one. The
    /// subject must open the sentence (after a dateline at most), so that a noun inside a longer subject is not taken for
    /// it ("mapping from Monday morning puts", "report on the Almarra–Corvasse line, published on Tuesday, puts"), and be
    /// no count or document ("The count put the population at", which the document verbs read).
    /// </summary>
    private static bool PutsAtFigure(IReadOnlyList<Token> tokens, int v, (int First, int Next) subject)
    {
        if (!PutVerbs.Contains(tokens[v].Text)
            || HeadlineEnd(tokens) < subject.First
            || CountNouns.Contains(tokens[subject.Next - 1].Text) || DocumentNouns.Contains(tokens[subject.Next - 1].Text))
        {
            return false;
        }

        for (var k = v + 1; k < tokens.Count && k - v <= 10; k++)
        {
            if (tokens[k].Kind == TokenKind.Punct)
            {
                return false;
            }

            if (!tokens[k].Is("at"))
            {
                continue;
            }

            return FigureFollows(tokens, k + 1, k + 4);
        }

        return false;
    }

    /// <summary>Verbs that are acts, not reports, when a noun phrase follows them: "declared a state of emergency", "announced the cuts".</summary>
    private static readonly HashSet<string> ActVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "announced", "announces", "declared", "declares", "disclosed", "revealed", "reveals",
    };

    /// <summary>
    /// "The mayor announced a tentative agreement", "Returning officer Annika Lowe declared the result", "declared three days
    /// of national mourning": the verb's object is the fact, which the subject does, so the sentence credits no source.
    /// "announced that ...", "announced on Tuesday that ..." and ", the company announced." still report.
    /// </summary>
    private static bool IsAct(IReadOnlyList<Token> tokens, int v)
    {
        if (!ActVerbs.Contains(tokens[v].Text) || v + 1 >= tokens.Count)
        {
            return false;
        }

        var next = tokens[v + 1];
        return next.IsNumber || next.IsWord && !next.Is("that") && (Determiners.Contains(next.Text) || NumberWords.TryCardinal(next.Text, out _));
    }

    /// <summary>"have said yes to a new contract", "said no to the plan": an answer given, not a statement reported.</summary>
    private static bool Agreed(IReadOnlyList<Token> tokens, int v) =>
        v + 1 < tokens.Count && (tokens[v + 1].Is("yes") || tokens[v + 1].Is("no") && v + 2 < tokens.Count && tokens[v + 2].Is("to"));

    /// <summary>"The capital district added 3.1 per cent", "the economy added 40,000 jobs": a figure gained, not a word said.</summary>
    private static bool AddedFigure(IReadOnlyList<Token> tokens, int v) =>
        (tokens[v].Is("added") || tokens[v].Is("adds")) && v + 1 < tokens.Count
        && (tokens[v + 1].IsNumber || tokens[v + 1].IsWord && NumberWords.TryCardinal(tokens[v + 1].Text, out _));

    private static bool Tells(Token verb) => verb.Is("told") || verb.Is("tells") || verb.Is("tell");

    /// <summary>"was finally declared", "were quietly disclosed": a passive verb behind adverbs.</summary>
    private static bool PassiveAfterAdverbs(IReadOnlyList<Token> tokens, int v)
    {
        var k = v - 1;
        while (k >= 0 && tokens[k].IsWord && tokens[k].IsLower && tokens[k].Text.Length > 3 && tokens[k].Text.EndsWith("ly", StringComparison.Ordinal))
        {
            k--;
        }

        return k >= 0 && k < v - 1 && Passive.Contains(tokens[k].Text);
    }

    /// <summary>After ", said": a name or a short noun phrase that ends the clause ("said Miriam Castellane, a former...").</summary>
    private static int? InvertedSubjectEnd(IReadOnlyList<Token> tokens, int v)
    {
        var k = v + 1;
        if (k >= tokens.Count || !tokens[k].IsWord || IsPersonalPronoun(tokens[k]) || SubjectStops.Contains(tokens[k].Text))
        {
            return null;
        }

        // An unnamed source ("a person briefed on the financing") may run longer than a name.
        var unnamed = false;
        while (k < tokens.Count && k - v <= (unnamed ? 12 : 8))
        {
            var t = tokens[k];
            if (t.IsPunct(',') || t.IsPunct('.') && !(k > 0 && tokens[k - 1].IsCapitalized && tokens[k - 1].Text.Length <= 3)
                || t.IsPunct(';'))
            {
                return k;
            }

            // "said a person briefed on the financing": the phrase after an unnamed source's noun is part of it, up to a
            // relative clause ("said a diplomat in Dorvane who has followed the case").
            if (t.IsWord && SubjectStops.Contains(t.Text) && unnamed)
            {
                if (t.Is("who") || t.Is("that") || t.Is("which"))
                {
                    return k;
                }

                if (UnnamedSourceHead(tokens, k) is not null || t.Is("of") || t.Is("in") || t.Is("at") || t.Is("on") || t.Is("for")
                    || t.Is("with") || t.Is("from") || t.Is("to") && k + 1 < tokens.Count && !tokens[k + 1].IsLower)
                {
                    k++;
                    continue;
                }
            }

            if (t.IsWord && (SubjectStops.Contains(t.Text) || IsPersonalPronoun(t)) && !t.Is("of") || t.IsNumber)
            {
                return null;
            }

            unnamed |= t.IsWord && UnnamedSourceNouns.Contains(t.Text);
            k++;
        }

        return k >= tokens.Count ? k : null;
    }

    /// <summary>
    /// "a slowdown that the bank itself now acknowledges", "which Police Chief X said would": the verb belongs to a relative clause.
    /// </summary>
    private static bool InRelativeClause(IReadOnlyList<Token> tokens, int first)
    {
        if (first == 0)
        {
            return false;
        }

        var before = tokens[first - 1];
        if (before.Is("which") || before.Is("whom") || before.Is("whose"))
        {
            return true;
        }

        return before.Is("that") && first >= 2 && tokens[first - 2].IsWord && !IsVerbLike(tokens[first - 2].Text);
    }

    /// <summary>Words that open a clause with its own subject: "told reporters the service expects", "told us he would".</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "his", "her", "its", "their", "he", "she", "it", "they", "we", "there", "this",
    };

    /// <summary>Who speaks for a body: "a spokeswoman for the Drossholt Metropolitan Police said" credits the police.</summary>
    private static readonly HashSet<string> SpokesNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "spokesman", "spokeswoman", "spokesperson",
    };

    /// <summary>"told families ... to get out" gives an order; it does not report what someone said.</summary>
    private static bool IsOrder(IReadOnlyList<Token> tokens, int v)
    {
        if (!tokens[v].Is("told") && !tokens[v].Is("tells"))
        {
            return false;
        }

        // "told reporters the service expects to have the fire contained": a listener of one word, then a clause of its own.
        if (v + 2 < tokens.Count && tokens[v + 1].IsWord && !tokens[v + 1].Is("to") && ClauseOpeners.Contains(tokens[v + 2].Text))
        {
            return false;
        }

        for (var k = v + 1; k < tokens.Count && k < v + 14; k++)
        {
            if (tokens[k].Is("that") || tokens[k].Kind == TokenKind.Punct)
            {
                return false;
            }

            if (tokens[k].Is("to") && k + 1 < tokens.Count && tokens[k + 1].IsLower)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The verb is followed by "that", or ends its clause (punctuation, a date or place phrase).</summary>
    private static bool ThatOrClauseEnd(IReadOnlyList<Token> tokens, int v)
    {
        if (v + 1 >= tokens.Count)
        {
            return true;
        }

        var next = tokens[v + 1];
        return next.Is("that") || next.Kind == TokenKind.Punct
            || (next.Is("in") || next.Is("on") || next.Is("last") || next.Is("this")) && v + 2 < tokens.Count
            && (tokens[v + 2].IsNumber || DateWords.IsMonthOrWeekday(tokens[v + 2].Text) || tokens[v + 2].Is("week") || tokens[v
                + 2].Is("year"));
    }

    /// <summary>
    /// Whether a clause of its own follows a verb of belief: a subject, then a finite verb ("believes the collapse was") or,
    /// after "expect", an infinitive ("expect beef prices to fall"), before any punctuation.
    /// </summary>
    private static bool ClauseFollows(IReadOnlyList<Token> tokens, int v)
    {
        var expect = tokens[v].Is("expects") || tokens[v].Is("expect");
        for (var k = v + 2; k < tokens.Count && k <= v + 8; k++)
        {
            var t = tokens[k];
            if (!t.IsWord && !t.IsNumber)
            {
                return false;
            }

            if (FiniteVerbs.Contains(t.Text) || expect && t.Is("to"))
            {
                return tokens[v + 1].IsWord && !tokens[v + 1].Is("to");
            }
        }

        return false;
    }

    private static bool HasDocumentNoun(IReadOnlyList<Token> tokens, int first, int next)
    {
        for (var k = first; k < next; k++)
        {
            if (DocumentNouns.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPersonalPronoun(Token t) =>
        t.Is("he") || t.Is("she") || t.Is("they") || t.Is("we") || t.Is("i") || t.Is("it") || t.Is("you")
        || t.Text.StartsWith("he'", StringComparison.OrdinalIgnoreCase) || t.Text.StartsWith("she'", StringComparison.OrdinalIgnoreCase)
        || t.Text.StartsWith("they'", StringComparison.OrdinalIgnoreCase) || t.Text.StartsWith("we'", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The noun phrase before the verb at <paramref name="v"/>, skipping auxiliaries, a time adjunct ("on Thursday") and a
    /// ", who ...," or appositive; a name set off after an office ("the minister, Corvin Almeda,") is itself the subject.
    /// </summary>
    private static (int First, int Next)? Subject(IReadOnlyList<Token> tokens, int v)
    {
        var k = v - 1;
        while (k >= 0 && tokens[k].IsWord && Auxiliaries.Contains(tokens[k].Text))
        {
            k--;
        }

        k = BeforeAcronym(tokens, k);

        // "Vallen, 71, said": an age set off after a name is no part of the speaker.
        if (k >= 3 && tokens[k].IsPunct(',') && tokens[k - 1].IsNumber && tokens[k - 2].IsPunct(',') && tokens[k - 3].IsWord && tokens[k - 3].IsCapitalized)
        {
            k -= 3;
        }

        if (k >= 0 && tokens[k].IsPunct(','))
        {
            // "Mayor Ines Varga, who proposed the budget in April, said"; "Rosa Lindqvist, the levy's sponsor, said".
            var open = k - 1;
            while (open >= 0 && k - open < 16 && !tokens[open].IsPunct(','))
            {
                open--;
            }

            if (open <= 0 || !tokens[open].IsPunct(','))
            {
                return null;
            }

            // "the transport minister, Corvin Almeda, said": the name set off after an office is the speaker.
            if (!IsAside(tokens[open + 1]))
            {
                var name = Enumerable.Range(open + 1, k - open - 1).All(i => tokens[i].IsWord && tokens[i].IsCapitalized) && k - open - 1 is >= 2 and <= 4;
                var office = open >= 2 && tokens[open - 1].IsWord && tokens[open - 1].IsLower && !SubjectStops.Contains(tokens[open - 1].Text);
                return name && office ? (open + 1, k) : null;
            }

            k = BeforeAcronym(tokens, open - 1);

            // "Isolde Dunvaal, leader of the junior coalition partner, the Agrarian League, said": an office set off
            // before the aside, after a name, is a second aside; the name before it is the speaker.
            var second = k;
            while (second > 0 && k - second < 12 && !tokens[second].IsPunct(','))
            {
                second--;
            }

            if (second > 0 && second < k && tokens[second].IsPunct(',') && tokens[second + 1].IsWord && tokens[second + 1].IsLower
                && !SubjectStops.Contains(tokens[second + 1].Text) && !IsVerbLike(tokens[second + 1].Text)
                && Enumerable.Range(second + 1, k - second).All(i => tokens[i].IsWord && !IsVerbLike(tokens[i].Text))
                && tokens[second - 1].IsWord && tokens[second - 1].IsCapitalized)
            {
                k = second - 1;
            }
        }

        k = BeforeTimeAdjunct(tokens, k);
        var next = k + 1;
        var first = next;
        var limit = MaxSubject;
        while (k >= 0 && next - k <= limit)
        {
            var t = tokens[k];

            // "two people familiar with the inquiry said", "a person briefed on the financing said": the phrase after an
            // unnamed source's noun says which one it is, and belongs to the subject.
            if (UnnamedSourceHead(tokens, k) is { } head)
            {
                first = head;
                k = head - 1;
                limit = MaxSubject + 6;
                continue;
            }

            var inName = t.IsPunct('.') && k > 0 && tokens[k - 1].IsCapitalized && tokens[k - 1].Text.Length <= 4
                || t.IsPunct('-') || t.Text == "'s"
                || (t.Is("and") || t.Is("of")) && t.IsLower && k > 0 && tokens[k - 1].IsCapitalized && tokens[k + 1].IsCapitalized;
            var negated = t.Text.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || t.Text.EndsWith("n’t", StringComparison.OrdinalIgnoreCase);
            if (!(t.IsWord && !negated && !SubjectStops.Contains(t.Text) && !(IsVerbLike(t.Text) && t.IsLower)) && !inName)
            {
                break;
            }

            first = k;
            k--;
        }

        // "Firefighters in Brannock say": the place after a plural noun says which ones; the noun is the speaker.
        if (first >= 2 && first < next && tokens[first].IsCapitalized && (tokens[first - 1].Is("in") || tokens[first - 1].Is("from"))
            && tokens[first - 1].IsLower && tokens[first - 2] is { IsWord: true } noun && noun.Text.Length > 3 && noun.Text.EndsWith('s')
            && !SubjectStops.Contains(noun.Text) && !IsVerbLike(noun.Text) && (first == 2 || !tokens[first - 3].IsWord || tokens[first - 3].Is("the")))
        {
            first = first >= 3 && tokens[first - 3].Is("the") ? first - 3 : first - 2;
        }

        // "By Friday evening the coastguard said": the time the sentence opens with is not part of the speaker.
        for (var t = next - 2; t >= first && t > 0; t--)
        {
            if (DateWords.IsMonthOrWeekday(tokens[t].Text) && TimePrepositions.Contains(tokens[t - 1].Text))
            {
                var after = t + 1 < next && TimesOfDay.Contains(tokens[t + 1].Text) ? t + 2 : t + 1;
                first = after < next ? after : first;
                break;
            }
        }

        // "CORRISH, May 4 (Eastgate Wire) - Quellmark Mutual said": the dash that closes a dateline opens no name.
        while (first < next && tokens[first].IsPunct('-'))
        {
            first++;
        }

        return first < next && tokens[first].IsWord ? (first, next) : null;
    }

    /// <summary>
    /// "the National Environment Inspectorate (NEI) said", "The Cardale Federation of Labour (CFL), which organised the
    /// march, said": the short form in brackets after a name belongs to it; the subject is read from before the brackets.
    /// </summary>
    private static int BeforeAcronym(IReadOnlyList<Token> tokens, int k) =>
        k >= 3 && tokens[k].IsPunct(')') && tokens[k - 2].IsPunct('(') && tokens[k - 3].IsCapitalized
        && tokens[k - 1] is { IsWord: true, Text.Length: >= 2 and <= 8 } acronym && acronym.Text.All(c => char.IsUpper(c) || c == '&')
            ? k - 3
            : k;

    /// <summary>Nouns of a source a report does not name: "two people familiar with the plans", "a senior official at the ministry".</summary>
    private static readonly HashSet<string> UnnamedSourceNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "person", "people", "source", "sources", "official", "officials", "insider", "insiders", "executive", "executives",
        "diplomat", "diplomats", "aide", "aides", "member", "members", "employee", "employees", "engineer", "engineers",
        "director", "directors", "figure", "figures", "investigator", "investigators", "banker", "bankers", "lawyer", "lawyers",
    };

    /// <summary>What links an unnamed source's noun to what it knows: "familiar with", "briefed on", "close to", "involved in".</summary>
    private static readonly Dictionary<string, string[]> UnnamedSourceLinks = new(StringComparer.OrdinalIgnoreCase)
    {
        ["with"] = ["familiar", "acquainted"],
        ["on"] = ["briefed"],
        ["to"] = ["close"],
        ["in"] = ["involved"],
        ["of"] = ["knowledge", "aware"],
    };

    /// <summary>Whether <paramref name="word"/> names the kind of people an unnamed source is ("people", "officials").</summary>
    public static bool IsSourceNoun(string word) => UnnamedSourceNouns.Contains(word);

    /// <summary>Words that mark a source as one the report keeps unnamed.</summary>
    private static readonly HashSet<string> UnnamedMarks = new(StringComparer.OrdinalIgnoreCase)
    {
        "familiar", "acquainted", "briefed", "close", "involved", "knowledge", "aware", "anonymous", "unnamed", "anonymity",
    };

    /// <summary>Source nouns that name no one even without a word of what they know: "sources said", "a person said".</summary>
    private static readonly HashSet<string> AlwaysUnnamed = new(StringComparer.OrdinalIgnoreCase) { "person", "people", "source", "sources" };

    /// <summary>
    /// Whether a source is one the report does not name ("two people familiar with the inquiry", "a person briefed on the
    /// financing", "anonymous sources"): two such sources are not told apart by what they are said to know.
    /// </summary>
    public static bool IsUnnamed(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var words = source.Split([' ', ',', '\''], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(UnnamedSourceNouns.Contains) && (words.Any(UnnamedMarks.Contains) || words.Any(AlwaysUnnamed.Contains));
    }

    /// <summary>
    /// When the preposition at <paramref name="k"/> ties the phrase after it to an unnamed source before it ("people
    /// familiar with", "a person briefed on", "officials with knowledge of", "a source at the bank"), the index of the
    /// source's noun; else null. Hand-written: the noun list is closed, so "the rise in prices said" is no source.
    /// </summary>
    private static int? UnnamedSourceHead(IReadOnlyList<Token> tokens, int k)
    {
        var t = tokens[k];
        if (!t.IsWord || !t.IsLower)
        {
            return null;
        }

        int head;
        if (UnnamedSourceLinks.TryGetValue(t.Text, out var links) && k >= 2 && links.Any(l => tokens[k - 1].Is(l)))
        {
            // "officials with knowledge of the talks": "with" before the link word.
            head = tokens[k - 1].Is("knowledge") && k >= 3 && tokens[k - 2].Is("with") ? k - 3 : k - 2;
        }
        else if ((t.Is("at") || t.Is("in") || t.Is("inside") || t.Is("within")) && k >= 1)
        {
            head = k - 1;
        }
        else
        {
            return null;
        }

        return head >= 0 && tokens[head].IsWord && UnnamedSourceNouns.Contains(tokens[head].Text) ? head : null;
    }

    /// <summary>
    /// The last token before a time adjunct that ends right before the verb ("Varrow Systems on Thursday announced",
    /// "the ministry on May 12 said", "police late on Friday evening said"), else <paramref name="k"/> itself.
    /// </summary>
    private static int BeforeTimeAdjunct(IReadOnlyList<Token> tokens, int k)
    {
        var j = k;
        if (j > 0 && (TimesOfDay.Contains(tokens[j].Text) || tokens[j].IsNumber) && DateWords.IsMonthOrWeekday(tokens[j - 1].Text))
        {
            j--;
        }

        // "figures published on 3 June show": the day's number before its month.
        var day = j > 1 && DateWords.IsMonthOrWeekday(tokens[j].Text) && tokens[j - 1].IsNumber ? 1 : 0;
        if (j - day < 1 || !DateWords.IsMonthOrWeekday(tokens[j].Text) || !TimePrepositions.Contains(tokens[j - day - 1].Text))
        {
            return k;
        }

        j -= 2 + day;
        j = j >= 0 && (tokens[j].Is("late") || tokens[j].Is("early")) ? j - 1 : j;

        // "transport authority figures published on 3 June show": the document is what was published.
        return j >= 1 && Published.Contains(tokens[j].Text) ? j - 1 : j;
    }

    /// <summary>Participles that date a document in its subject: "figures published on 3 June", "data released in May".</summary>
    private static readonly HashSet<string> Published = new(StringComparer.OrdinalIgnoreCase)
    {
        "published", "released", "issued", "compiled", "filed", "posted",
    };

    /// <summary>Whether the subject found before the verb follows a comma ("the minister, Corvin Almeda, said").</summary>
    private static bool SetOffByComma(IReadOnlyList<Token> tokens, (int First, int Next)? subject) =>
        subject is { } s && s.First > 0 && tokens[s.First - 1].IsPunct(',');

    private static bool IsVerbLike(string word) => SpeechVerbs.Contains(word) || AmbiguousVerbs.Contains(word)
        || DocumentVerbs.Contains(word) || BeliefVerbs.Contains(word);

    private static bool IsAside(Token t) =>
        t.Is("who") || t.Is("which") || t.Is("whose") || t.Is("a") || t.Is("an") || t.Is("the") || t.Is("his") || t.Is("her")
        || t.Is("its") || t.Is("their") || t.Is("then") || t.IsLower;

    /// <summary>End of the noun phrase starting at <paramref name="i"/>: up to punctuation or a clause word.</summary>
    private static int PhraseEnd(IReadOnlyList<Token> tokens, int i)
    {
        var k = i;
        while (k < tokens.Count && k - i < 14)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punct && !(t.IsPunct('-') || t.IsPunct('.') && k > i && tokens[k - 1].IsCapitalized
                && tokens[k - 1].Text.Length <= 3
                && k + 1 < tokens.Count && tokens[k + 1].IsCapitalized))
            {
                break;
            }

            if (t.IsWord && k > i && (t.Is("who") || t.Is("which") || t.Is("that") || t.Is("when") || t.Is("while") || t.Is("because")
                || t.Is("as") || t.Is("after") || t.Is("before") || t.Is("on") && k + 1 < tokens.Count
                    && DateWords.IsMonthOrWeekday(tokens[k + 1].Text)
                || IsVerbLike(t.Text) && t.IsLower || t.Is("in") && k + 1 < tokens.Count && (DateWords.IsMonthOrWeekday(tokens[k + 1].Text)
                || tokens[k + 1].IsNumber)))
            {
                break;
            }

            k++;
        }

        return k;
    }

    private static bool IsCloseQuote(Token t) => t.IsPunct('”') || t.IsPunct('"') || t.IsPunct('’');

    /// <summary>Whether the subject opens with a word naming no one ("Nobody", "None of them", "No one").</summary>
    private static bool NamesNoOne(IReadOnlyList<Token> tokens, int first, int next) =>
        NoOne.Contains(tokens[first].Text) || next - first >= 2 && tokens[first].Is("no") && tokens[first + 1].Is("one");

    private static bool IsPronoun(Token t) => t.Is("it") || t.Is("they") || t.Is("this") || t.Is("that");
}
