using System.Collections.Frozen;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Compare.Core.Analysis.Pairs;

/// <summary>
/// Whether a negation in one statement negates something the other statement says. "$14 million in fares it will
/// never collect" and "$14 million in lost revenue" agree, though only one is negated: what it negates ("collect") is
/// not in the other. "She has not said whether she will sign" and "she said she would sign" differ: "said" is in both.
/// Words are compared by their Snowball (Porter 2) stems, from Lucene; irregular past forms ("knew" / "know") by a
/// hand-written table, since no library here lemmatises English.
/// </summary>
internal static class NegationScope
{
    /// <summary>Content words read after each negation cue (3 beat 1 on leave-one-topic-out: kind accuracy 0.79 against 0.78).</summary>
    private const int Reach = 3;

    /// <summary>Words between a negation and what it negates: auxiliaries, articles, pronouns, degree adverbs.</summary>
    private static readonly FrozenSet<string> Skip = FrozenSet.ToFrozenSet(
    [
        "be", "been", "being", "is", "are", "was", "were", "am", "have", "has", "had", "do", "does", "did", "will", "would", "can",
        "could", "shall", "should", "may", "might", "must", "yet", "ever", "always", "quite", "entirely", "fully", "directly",
        "immediately", "necessarily", "a", "an", "the", "any", "to", "so", "far", "of", "in", "on", "at", "for", "by", "with",
        "that", "it", "its", "their", "his", "her", "he", "she", "they", "we", "i", "you", "them", "him", "only", "just", "even",
        "much", "more", "longer", "enough", "one", "single", "all", "get", "got", "also", "there", "this", "these",
    ], StringComparer.Ordinal);

    private static readonly (string Base, string[] Forms)[] IrregularVerbs =
    [
        ("know", ["knew", "known"]), ("give", ["gave", "given"]), ("take", ["took", "taken"]), ("go", ["went", "gone"]),
        ("see", ["saw", "seen"]), ("make", ["made"]), ("find", ["found"]), ("tell", ["told"]), ("say", ["said"]),
        ("come", ["came"]), ("leave", ["left"]), ("pay", ["paid"]), ("win", ["won"]), ("lose", ["lost"]), ("hold", ["held"]),
        ("run", ["ran"]), ("meet", ["met"]), ("keep", ["kept"]), ("begin", ["began", "begun"]), ("break", ["broke", "broken"]),
        ("bring", ["brought"]), ("buy", ["bought"]), ("build", ["built"]), ("choose", ["chose", "chosen"]),
        ("fall", ["fell", "fallen"]), ("fight", ["fought"]), ("hear", ["heard"]), ("lead", ["led"]), ("rise", ["rose", "risen"]),
        ("sell", ["sold"]), ("send", ["sent"]), ("speak", ["spoke", "spoken"]), ("spend", ["spent"]), ("stand", ["stood"]),
        ("steal", ["stole", "stolen"]), ("throw", ["threw", "thrown"]), ("understand", ["understood"]),
        ("write", ["wrote", "written"]), ("drive", ["drove", "driven"]), ("fly", ["flew", "flown"]), ("forget", ["forgot", "forgotten"]),
        ("grow", ["grew", "grown"]), ("hide", ["hid", "hidden"]), ("sit", ["sat"]), ("seek", ["sought"]), ("shoot", ["shot"]),
        ("show", ["shown"]), ("think", ["thought"]), ("teach", ["taught"]), ("catch", ["caught"]), ("feel", ["felt"]),
        ("mean", ["meant"]), ("withdraw", ["withdrew", "withdrawn"]), ("strike", ["struck"]), ("swear", ["swore", "sworn"]),
        ("bear", ["bore", "borne"]), ("arise", ["arose", "arisen"]), ("undergo", ["underwent", "undergone"]),
    ];

    [ThreadStatic]
    private static EnglishStemmer? _stemmer;

    private static readonly FrozenDictionary<string, string> BaseOf = IrregularVerbs
        .SelectMany(v => v.Forms.Select(f => (Form: f, v.Base)))
        .ToFrozenDictionary(x => x.Form, x => x.Base, StringComparer.Ordinal);

    /// <summary>
    /// True when a content word that follows one of <paramref name="negated"/>'s negation cues (within <see cref="Reach"/>
    /// content words, in the cue's clause) has a stem <paramref name="other"/> shares, or when no cue with a content word after it can be found
    /// ("Iran denied it."): then what is negated cannot be told, and the difference stands.
    /// </summary>
    public static bool NegatesSharedWord(string negated, string other)
    {
        HashSet<string>? otherStems = null;
        var (anyCue, readAny) = (false, false);
        foreach (var clause in LexicalCues.ClauseBreaks().Split(negated))
        {
            var words = LexicalCues.Words(clause);
            foreach (var k in Enumerable.Range(0, words.Count).Where(k => LexicalCues.HasNegation([words[k]])))
            {
                anyCue = true;
                otherStems ??= LexicalCues.Words(other).Select(Stem).ToHashSet(StringComparer.Ordinal);
                if (Reads(words, k, otherStems, ref readAny))
                {
                    return true;
                }
            }
        }

        return !anyCue || !readAny;
    }

    /// <summary>Whether a content word within <see cref="Reach"/> after the cue at <paramref name="k"/> has a stem of the other statement.</summary>
    private static bool Reads(IReadOnlyList<string> words, int k, HashSet<string> otherStems, ref bool readAny)
    {
        var read = 0;
        for (var m = k + 1; m < words.Count; m++)
        {
            // "no payment card numbers or bank details had been compromised": a negation covers each of the things it
            // joins with "or", so the next one is read afresh.
            if (words[m] is "or" or "nor")
            {
                read = 0;
                continue;
            }

            if (read >= Reach)
            {
                break;
            }

            if (Skip.Contains(words[m]) || LexicalCues.HasNegation([words[m]]))
            {
                continue;
            }

            if (otherStems.Contains(Stem(words[m])))
            {
                return true;
            }

            read++;
            readAny = true;
        }

        return false;
    }

    /// <summary>The Snowball stem of a lower-case word, an irregular past form first mapped to its base.</summary>
    internal static string Stem(string word)
    {
        // One stemmer per thread, made on first use: a Snowball stemmer keeps its word between calls, and making one is
        // not free.
        var stemmer = _stemmer ??= new EnglishStemmer();
        var w = BaseOf.TryGetValue(word, out var b) ? b : word;
        stemmer.SetCurrent(w);
        stemmer.Stem();
        return stemmer.Current;
    }
}
