using Compare.Core.Analysis.Slots.Dates;
using Compare.Core.Analysis.Slots.Quantities;
using Compare.Core.Analysis.Text;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Slots.Entities;

/// <summary>
/// Finds names in a sentence: alias-table entries first, then runs of capitalised words ("Khaled Mashal", "Port Alder City
/// Council", "Department of Labor and Industry"). Titles are stripped and make the name a person ("Mayor Ines Varga" →
/// "Ines Varga"); a place or organisation before a title is kept apart ("Kestrel Bay Fire Chief Dorothea Rask"), and a title
/// word inside the name of an institution or a competition is none ("St Aubrin General Hospital", "the Premier Division").
/// The kind of an unknown name comes from its head word (Council, Bank → organisation; Street, Bay → place; Cup, Prize →
/// other) or its shape (two or three name-like words → person). Hand-written: no named-entity model is available offline.
/// </summary>
internal sealed class EntityRecognizer(AliasTable aliases)
{
    private static readonly HashSet<string> PlacePrefixes = new(StringComparer.Ordinal)
    {
        "Port", "Fort", "Mount", "Saint", "San", "Santa", "Los", "Las", "Lake", "Cape", "Glen", "Upper", "Lower", "River",
    };

    /// <summary>A single unknown name after these is most likely a place: "in Tacoma", "near Utrecht".</summary>
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
    {
        "in", "at", "near", "from", "outside", "inside", "across", "throughout", "to", "of", "into", "around", "toward", "towards",
    };

    /// <summary>
    /// Endings of capitalised sentence openers that are common words, not names: "Finally", "Annual", "Economic", "Various".
    /// Kept to endings names rarely have ("Eric", "Ahmed", "Manning" must stay names).
    /// </summary>
    private static readonly string[] CommonEndings = ["ly", "ous", "ful", "less", "able", "ible", "ive", "ical", "ional", "nual", "omic"];

    private static readonly HashSet<string> TitleAbbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Maj", "Adm", "Cmdr", "Rev", "Prof", "Jr",
            "Sr",
    };

    /// <summary>
    /// The names of <paramref name="sentence"/>; <paramref name="lowerWords"/> holds the article's words seen in lower case.
    /// </summary>
    public IReadOnlyList<RawEntity> Recognize(SentenceText sentence, IReadOnlySet<string> lowerWords)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var tokens = sentence.Tokens;
        var found = new List<RawEntity>();
        var firstWord = FirstWordIndex(tokens, Dateline.Length(sentence.Text));
        var i = 0;
        while (i < tokens.Count)
        {
            var t = tokens[i];
            if (!t.IsWord || t.Text == "'s")
            {
                i++;
                continue;
            }

            var alias = aliases.Match(tokens, i);
            if (!t.IsCapitalized)
            {
                if (alias is { } lower)
                {
                    Add(found, sentence, lower.First, lower.Next, lower.Entry.Kind, lower.Entry.Canonical, false);
                    i = lower.Next;
                }
                else
                {
                    i++;
                }

                continue;
            }

            if (DateWords.IsMonthOrWeekday(t.Text) || IsPronounContraction(t.Text))
            {
                i++;
                continue;
            }

            var end = SequenceEnd(tokens, i);
            var start = i;
            if (i == firstWord && IsCommonStart(t.Text, lowerWords) && aliases.Match(tokens, i) is null)
            {
                start++;
            }

            while (start < end && (tokens[start].Text is "The" or "A" or "An" || !tokens[start].IsWord))
            {
                start++;
            }

            if (aliases.Match(tokens, start) is { } m && (m.Next >= end || start >= end))
            {
                Add(found, sentence, m.First, m.Next, m.Entry.Kind, m.Entry.Canonical, false);
                i = Math.Max(m.Next, end);
                continue;
            }

            if (start < end)
            {
                Sequence(found, sentence, start, end);
            }

            i = end;
        }

        return found;
    }

    /// <summary>The index of the sentence's first word after its dateline ("HALSEY — Seven paintings": "Seven").</summary>
    private static int FirstWordIndex(IReadOnlyList<Token> tokens, int datelineLength)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].IsWord && tokens[k].Start >= datelineLength)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>A pronoun with a contracted verb, capitalised anywhere in the sentence: "I've", "I'm", "We'll".</summary>
    private static bool IsPronounContraction(string word) =>
        word.IndexOfAny(['\'', '’']) is > 0 and var at && EntityLexicon.IsNotName(word[..at]) && at < word.Length - 1;

    /// <summary>
    /// A sentence-initial capital that is just a capitalised common word: "Scholars of...", "Interestingly, ...", a number
    /// ("Seven people", "Forty", "Tens of thousands"), or a plural whose singular the article writes in lower case
    /// ("Inspectors found" where it also says "an inspector").
    /// </summary>
    private static bool IsCommonStart(string word, IReadOnlySet<string> lowerWords)
    {
        var lower = word.ToLowerInvariant();
        return EntityLexicon.IsNotName(word) || lowerWords.Contains(lower)
            || CommonEndings.Any(e => word.Length >= e.Length + 2 && word.EndsWith(e, StringComparison.Ordinal))
            || word.Length >= 9 && word.EndsWith("ing", StringComparison.Ordinal)
            || NumberWords.TryCardinal(word, out _) || NumberWords.TryMagnitude(word, out _)
            || lower is "tens" or "dozens" or "scores"
            || Singularizer.LooksPlural(lower) && Singularizer.Singular(lower) is var one && one != lower && lowerWords.Contains(one);
    }

    /// <summary>End (exclusive) of the run of capitalised words starting at <paramref name="i"/>.</summary>
    private static int SequenceEnd(IReadOnlyList<Token> tokens, int i)
    {
        var k = i + 1;
        var hasOf = false;
        while (k < tokens.Count)
        {
            var t = tokens[k];
            var prev = tokens[k - 1];
            if (t.IsCapitalized && !DateWords.IsMonthOrWeekday(t.Text) && t.Text != "'s" && !IsPronounContraction(t.Text))
            {
                k++;
                continue;
            }

            var next = k + 1 < tokens.Count ? tokens[k + 1] : Token.None;
            if (t.IsPunct('.') && TitleAbbreviations.Contains(prev.Text) && next.IsCapitalized)
            {
                k++;
                continue;
            }

            if (t.IsPunct('-') && t.Start == prev.End && next.Start == t.End && next.IsWord
                && (next.IsCapitalized || EntityLexicon.IsParticle(prev.Text)))
            {
                k += 2;
                continue;
            }

            if (t.IsWord && EntityLexicon.IsParticle(t.Text) && (next.IsCapitalized || next.IsPunct('-') && next.Start == t.End))
            {
                k++;
                continue;
            }

            if ((t.Is("of") || t.Is("for")) && t.IsLower && (EntityLexicon.IsOrganizationHead(prev.Text)
                || EntityLexicon.IsPlaceHead(prev.Text)
                || prev.Text is "Secretary" or "Minister" or "Friends"))
            {
                var after = next.Is("the") && k + 2 < tokens.Count ? tokens[k + 2] : next;
                if (after.IsCapitalized)
                {
                    hasOf |= EntityLexicon.IsOrganizationHead(prev.Text);
                    k += next.Is("the") ? 2 : 1;
                    continue;
                }
            }

            if ((t.Is("and") || t.IsPunct('&')) && next.IsCapitalized && (hasOf || OrganizationHeadAhead(tokens, k + 1)
                && !EndsWithHead(tokens, i, k)))
            {
                k++;
                continue;
            }

            // "the Corrin Farmers' Federation": a plural possessive inside a name.
            if ((t.IsPunct('\'') || t.IsPunct('’')) && t.Start == prev.End && prev.Text.EndsWith('s') && prev.IsCapitalized && next.IsCapitalized
                && next.Start > t.End)
            {
                k++;
                continue;
            }

            if (t.Text == "'s" && (tokens[i].Text is "St" or "Saint") && next.IsCapitalized)
            {
                k++;
                continue;
            }

            break;
        }

        return k;
    }

    /// <summary>Does the run so far already end in a place or organisation head ("Gaza Strip", "West Bank")?</summary>
    private static bool EndsWithHead(IReadOnlyList<Token> tokens, int i, int k) =>
        k > i && (EntityLexicon.IsPlaceHead(tokens[k - 1].Text) || EntityLexicon.IsOrganizationHead(tokens[k - 1].Text));

    private static bool OrganizationHeadAhead(IReadOnlyList<Token> tokens, int k)
    {
        for (var j = k; j < tokens.Count && j < k + 3 && tokens[j].IsCapitalized; j++)
        {
            if (EntityLexicon.IsOrganizationHead(tokens[j].Text))
            {
                return true;
            }
        }

        return false;
    }

    private void Sequence(List<RawEntity> found, SentenceText sentence, int i, int j)
    {
        var tokens = sentence.Tokens;
        var title = -1;
        for (var k = j - 1; k >= i; k--)
        {
            if (tokens[k].IsWord && EntityLexicon.IsTitleHead(tokens[k].Text))
            {
                title = k;
                break;
            }
        }

        // A title word inside the name of an institution or an event makes no person: "St Aubrin General Hospital", "the
        // Premier Division", "General Motors".
        if (title < 0 || (title < j - 1 && (EntityLexicon.IsOrganizationHead(tokens[j - 1].Text) || EntityLexicon.IsEventHead(tokens[j - 1].Text))))
        {
            Plain(found, sentence, i, j);
            return;
        }

        var titleStart = title;
        while (titleStart > i && (EntityLexicon.IsTitleModifier(tokens[titleStart - 1].Text)
            || EntityLexicon.IsTitleHead(tokens[titleStart - 1].Text)))
        {
            titleStart--;
        }

        if (titleStart > i)
        {
            Plain(found, sentence, i, titleStart);
        }

        var name = title + 1;
        while (name < j && !tokens[name].IsWord)
        {
            name++;
        }

        // "Secretary of State Antony Blinken": the "of State" belongs to the title.
        if (name + 1 < j && tokens[name].Is("of"))
        {
            name += tokens[name + 1].Is("the") ? 3 : 2;
        }

        if (name < j)
        {
            var alias = aliases.Match(tokens, name);
            var canonical = alias is { } m && m.Next == j && m.Entry.Kind == EntityKind.Person ? m.Entry.Canonical : null;
            Add(found, sentence, name, j, EntityKind.Person, canonical, true);
        }
    }

    private void Plain(List<RawEntity> found, SentenceText sentence, int i, int j)
    {
        var tokens = sentence.Tokens;
        if (AllNotNames(tokens, i, j))
        {
            return;
        }

        if (aliases.Match(tokens, i, j) is { } whole && whole.Next == j)
        {
            Add(found, sentence, i, j, whole.Entry.Kind, whole.Entry.Canonical, false);
            return;
        }

        var first = tokens[i].Text;
        var last = tokens[j - 1].Text;
        if (EntityLexicon.IsOrganizationHead(last) || OrganizationOf(tokens, i, j))
        {
            Add(found, sentence, i, j, EntityKind.Organization, null, false);
            return;
        }

        if (EntityLexicon.IsPlaceHead(last) || (j - i > 1 && PlacePrefixes.Contains(first)))
        {
            Add(found, sentence, i, j, EntityKind.Place, null, false);
            return;
        }

        // A competition, prize or festival ("the Fennick Cup") is neither a person nor a body.
        if (j - i > 1 && EntityLexicon.IsEventHead(last))
        {
            Add(found, sentence, i, j, EntityKind.Other, null, false);
            return;
        }

        // Known names inside an unknown run ("the Hamas Iran Connection") stand on their own; the rest is classified apart.
        var k = i;
        var run = i;
        var split = false;
        while (k < j)
        {
            if (aliases.Match(tokens, k, j) is { } m)
            {
                split = true;
                if (run < k)
                {
                    Unknown(found, sentence, run, k);
                }

                Add(found, sentence, m.First, m.Next, m.Entry.Kind, m.Entry.Canonical, false);
                k = m.Next;
                run = k;
                continue;
            }

            k++;
        }

        if (!split)
        {
            Unknown(found, sentence, i, j);
        }
        else if (run < j)
        {
            Unknown(found, sentence, run, j);
        }
    }

    private static void Unknown(List<RawEntity> found, SentenceText sentence, int i, int j)
    {
        var tokens = sentence.Tokens;
        while (i < j && (!tokens[i].IsWord || EntityLexicon.IsNotName(tokens[i].Text) || !tokens[i].IsCapitalized))
        {
            i++;
        }

        while (j > i && (!tokens[j - 1].IsWord || !tokens[j - 1].IsCapitalized))
        {
            j--;
        }

        if (i >= j || AllNotNames(tokens, i, j))
        {
            return;
        }

        var words = 0;
        var nameLike = true;
        var allCaps = true;
        for (var k = i; k < j; k++)
        {
            var t = tokens[k];
            if (!t.IsWord)
            {
                continue;
            }

            words++;
            var caps = t.Text.Length > 1 && t.Text.All(c => !char.IsLetter(c) || char.IsUpper(c));
            allCaps &= caps;
            nameLike &= (t.IsCapitalized && !caps && t.Text.All(c => char.IsLetter(c) || c == '\'')) || EntityLexicon.IsParticle(t.Text);
        }

        var kind = words == 1 && allCaps && tokens[i].Text.Length <= 5 ? EntityKind.Organization
            : allCaps ? EntityKind.Place
            : words is >= 2 and <= 4 && nameLike ? EntityKind.Person
            : words == 1 && i > 0 && PlacePrepositions.Contains(tokens[i - 1].Text) ? EntityKind.Place
            : EntityKind.Other;
        Add(found, sentence, i, j, kind, null, false);
    }

    private static bool AllNotNames(IReadOnlyList<Token> tokens, int i, int j)
    {
        for (var k = i; k < j; k++)
        {
            if (tokens[k].IsWord && !EntityLexicon.IsNotName(tokens[k].Text) && tokens[k].Text != "'s")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Department of Labor and Industry", "National Bank of Valdoria": an organisation head before "of".</summary>
    private static bool OrganizationOf(IReadOnlyList<Token> tokens, int i, int j)
    {
        for (var k = i + 1; k < j; k++)
        {
            if (tokens[k].Is("of") && EntityLexicon.IsOrganizationHead(tokens[k - 1].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(List<RawEntity> found, SentenceText sentence, int first, int next, EntityKind kind, string? canonical,
        bool titled)
    {
        found.Add(new RawEntity(first, next, sentence.Between(first, next), kind, canonical, titled));
    }
}
