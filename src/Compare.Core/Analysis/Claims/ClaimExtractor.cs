using Compare.Core.Analysis.Slots.Cues;
using Compare.Core.Analysis.Slots.Dates;
using Compare.Core.Analysis.Slots.Entities;
using Compare.Core.Analysis.Slots.Quantities;
using Compare.Core.Analysis.Text;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Claims;

/// <summary>
/// Splits an article into sentences, reads each one's slots (figures, dates, actors, polarity, attribution, certainty) and
/// keeps the check-worthy ones as claims. Pure and thread-safe: no I/O but the alias table, read once from the assembly.
/// Claim ids are <c>{ArticleId}#{SentenceIndex}</c>; the sentence index counts every sentence of the article, claim or not.
/// Relative dates ("last Tuesday", "in February") are resolved against <see cref="Article.PublishedAt"/> in the publisher's
/// offset, and dropped when the article has no date.
/// </summary>
public sealed class ClaimExtractor : IClaimExtractor
{
    private readonly double threshold;
    private readonly EntityRecognizer recognizer;

    public ClaimExtractor()
        : this(new ClaimExtractorOptions())
    {
    }

    public ClaimExtractor(ClaimExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (double.IsNaN(options.MinCheckWorthiness) || options.MinCheckWorthiness is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options),
                $"{ClaimExtractorOptions.SectionName}:{nameof(ClaimExtractorOptions.MinCheckWorthiness)} must be between 0 and 1, "
                + $"is {options.MinCheckWorthiness}");
        }

        threshold = options.MinCheckWorthiness;
        recognizer = new EntityRecognizer(AliasTable.Default);
    }

    public IReadOnlyList<Claim> Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var claims = new List<Claim>();
        foreach (var a in Analyze(article))
        {
            if (!a.IsClaim)
            {
                continue;
            }

            var s = a.Sentence;
            claims.Add(new Claim($"{article.Id}#{a.Index}", article.Id, article.OutletId, article.CanonicalUrl, a.Index, s.Text, s.Offset,
                s.Text.Length, Math.Round(a.CheckWorthiness.Score, 4), a.Slots));
        }

        return claims;
    }

    /// <summary>Every sentence of <paramref name="article"/> with its slots and score, claims and non-claims alike.</summary>
    internal IReadOnlyList<SentenceAnalysis> Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text ?? string.Empty;
        var sentences = SentenceSegmenter.Split(text).Select(s => new SentenceText(text.Substring(s.Start, s.Length), s.Start)).ToList();
        var lowerWords = LowerWords(sentences);
        var raw = sentences.Select(s => recognizer.Recognize(s, lowerWords)).ToList();
        var entities = EntityResolver.Resolve(sentences, raw);
        var spokespeople = Spokespeople.Find(sentences, entities);
        DateOnly? published = article.PublishedAt is { } p ? DateOnly.FromDateTime(p.DateTime) : null;

        var result = new List<SentenceAnalysis>(sentences.Count);
        string? lastPerson = null;
        string? lastBody = null;
        var people = entities.SelectMany(e => e).Where(e => e.Kind == EntityKind.Person).Select(e => e.Canonical).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            var dates = DateParser.Parse(s, published);
            var quantities = QuantityParser.Parse(s, dates.Blocked);
            var excluded = CueScope.Excluded(s.Tokens);
            var (polarity, negations) = PolarityDetector.Detect(s.Tokens, excluded);
            var (certainty, hedges) = CertaintyDetector.Detect(s.Tokens, excluded);
            var quoted = AttributionDetector.Detect(s, entities[i], lastPerson, excluded, lastBody);
            var attribution = ReferredBody(Spokespeople.Credit(quoted, spokespeople), entities, i);
            var slots = new ClaimSlots(quantities, dates.Dates, entities[i], polarity, attribution, certainty, [.. negations, .. hedges]);

            // How check-worthy the sentence is reads every figure it gives; what is compared leaves out the source's head count.
            var worth = CheckWorthinessScorer.Score(s, slots);
            slots = slots with { Quantities = WithoutSourceCount(s, quantities, quoted) };
            result.Add(new SentenceAnalysis(i, s, slots, worth, worth.Score >= threshold));
            lastBody = LastBody(people, attribution) ?? lastBody;
            lastPerson = LastPerson(entities[i], quoted) ?? lastPerson;
        }

        var speakers = QuotedSpeech.Inherited(text, sentences, [.. result.Select(r => r.Slots.Attribution)]);
        for (var i = 0; i < result.Count; i++)
        {
            if (speakers[i] is { } speaker)
            {
                // A sentence that credited no one has no source count to leave out: its figures stay as they are.
                var slots = result[i].Slots with { Attribution = speaker };
                var worth = CheckWorthinessScorer.Score(result[i].Sentence, slots);
                result[i] = result[i] with { Slots = slots, CheckWorthiness = worth, IsClaim = worth.Score >= threshold };
            }
        }

        return result;
    }

    /// <summary>
    /// The figures of a sentence less the count of its unnamed source ("two people familiar with the inquiry said",
    /// "according to three officials"): how many people told the outlet is not a figure of the fact.
    /// </summary>
    private static IReadOnlyList<Quantity> WithoutSourceCount(SentenceText s, IReadOnlyList<Quantity> quantities, Attribution? quoted)
    {
        if (quoted is null || quantities.Count == 0 || s.Text.IndexOf(quoted.Text, StringComparison.Ordinal) is var at && at < 0)
        {
            return quantities;
        }

        var (from, to) = (s.Offset + at, s.Offset + at + quoted.Text.Length);
        return [.. quantities.Where(q => !(q.Start >= from && q.Start + q.Length <= to
            && AttributionDetector.IsSourceNoun(q.Unit.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty)))];
    }

    /// <summary>Nouns that refer back to a body the article has named: "the agency said" after "the Ardelian Space Agency".</summary>
    private static readonly HashSet<string> BodyNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "agency", "ministry", "authority", "inspectorate", "service", "bank", "union", "board", "council", "institute",
        "commission", "committee", "bureau", "department", "office", "federation", "association", "coastguard", "regulator",
        "company", "party", "club", "court", "tribunal", "chamber", "trust", "fund", "foundation", "guard", "hospital", "museum",
        "university", "observatory",
    };

    /// <summary>
    /// Nouns by which a sentence refers to the company it is about: "Corvane Airways carried 14.2 million passengers, the
    /// airline said", "Lumora Devices is cutting 1,200 jobs, the smartphone maker said".
    /// </summary>
    private static readonly HashSet<string> CompanyNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "company", "firm", "group", "airline", "carrier", "bank", "lender", "insurer", "maker", "carmaker", "manufacturer",
        "retailer", "operator", "developer", "broadcaster", "chain", "supplier", "producer", "utility", "club", "miner", "exporter",
    };

    /// <summary>
    /// "the agency said", "the inspectorate said": a body referred back to by its noun alone is the last organisation the
    /// article named with that noun in its name ("the Ardelian Space Agency"), up to this sentence. Outlets credit the
    /// same body by its name or by its noun, and two bodies referred back to by different nouns ("the agency" and "the
    /// coast guard") can then be told apart. A noun the article names no body with stays as it is.
    /// </summary>
    private static Attribution? ReferredBody(Attribution? attribution, IReadOnlyList<IReadOnlyList<EntityMention>> entities, int sentence)
    {
        if (attribution is null)
        {
            return null;
        }

        var words = attribution.Source.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var noun = words.Length switch
        {
            1 => words[0],
            2 when words[0] is "the" or "The" or "its" or "Its" => words[1],
            2 or 3 when words[^1] is var last && CompanyNouns.Contains(last) && words[..^1].All(w => w.All(char.IsLower)) => last,
            _ => null,
        };
        if (noun is null || !BodyNouns.Contains(noun) && !CompanyNouns.Contains(noun))
        {
            return attribution;
        }

        for (var k = sentence; k >= 0; k--)
        {
            var named = entities[k].LastOrDefault(e => e.Kind == EntityKind.Organization
                && e.Canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.Equals(noun, StringComparison.OrdinalIgnoreCase)));
            if (named is not null)
            {
                return attribution with { Source = named.Canonical };
            }
        }

        // "Corvane Airways carried a record 14.2 million passengers, the airline said": a company noun with no body of that
        // name before it is the one organisation the sentence itself names outside its attribution.
        if (CompanyNouns.Contains(noun))
        {
            var own = entities[sentence].Where(e => e.Kind == EntityKind.Organization
                && !attribution.Text.Contains(e.Text, StringComparison.OrdinalIgnoreCase)).Select(e => e.Canonical).Distinct().ToList();
            if (own.Count == 1)
            {
                return attribution with { Source = own[0] };
            }
        }

        return attribution;
    }

    /// <summary>The person a later "she said" most likely means: this sentence's quoted person, else the last person it names.</summary>
    private static string? LastPerson(IReadOnlyList<EntityMention> entities, Attribution? attribution)
    {
        if (attribution is { } a && entities.Any(e => e.Kind == EntityKind.Person && e.Canonical == a.Source))
        {
            return a.Source;
        }

        return entities.LastOrDefault(e => e.Kind == EntityKind.Person)?.Canonical;
    }

    /// <summary>
    /// The body a later "it said" most likely means: the source this sentence credits, unless that is a person ("the
    /// coastguard said", "the Ostrel Coastguard said", not "Dr Canto said"). A body only named ("the ship, run by Kelvadry
    /// Ferries") is not taken: "it said" mostly goes on quoting the last speaker.
    /// </summary>
    private static string? LastBody(HashSet<string> people, Attribution? attribution) =>
        attribution is { } a && !people.Contains(a.Source) && a.Source is not ("he" or "she" or "they") ? a.Source : null;

    private static HashSet<string> LowerWords(List<SentenceText> sentences)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            foreach (var t in s.Tokens)
            {
                if (t.IsLower)
                {
                    words.Add(t.Text);
                }
            }
        }

        return words;
    }
}
