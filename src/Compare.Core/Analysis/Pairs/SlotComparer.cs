using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Compare.Core.Analysis.Slots.Cues;
using Compare.Core.Analysis.Slots.Entities;
using Compare.Core.Analysis.Text;
using Compare.Core.Domain;
using FuzzySharp;

namespace Compare.Core.Analysis.Pairs;

/// <summary>
/// Explicit, explainable checks of two statements of the same fact, slot by slot: figures as quantities with
/// tolerance, dates as intervals, the acting entity, polarity (slot or antonym), the credited source and certainty.
/// </summary>
internal static partial class SlotComparer
{
    private static readonly HashSet<string> Documents = new(
        ["record", "document", "filing", "file", "report", "data", "figure", "paper", "statistic", "number", "official", "latest", "sheet",
            "bulletin", "indictment", "result", "test", "notice", "release", "order", "ruling", "judgment", "judgement", "transcript",
            "minute", "memo", "letter", "audit", "study", "survey", "estimate", "forecast", "projection", "announcement", "timeline"],
        StringComparer.Ordinal);

    /// <summary>A court speaks through its bench: "the appeals court ruled", "the panel found" and "the judges said" credit one source.</summary>
    private static readonly HashSet<string> Bench = new(["court", "panel", "judge", "bench", "justice", "tribunal"], StringComparer.Ordinal);

    private static readonly HashSet<string> BackReferences = new(
        ["newspaper", "paper", "journal", "agency", "company", "firm", "ministry", "department", "office", "bank", "union", "group",
            "board", "government", "organization", "organisation", "broadcaster", "network", "statement", "source", "press",
            "airline", "carrier", "authority", "inspectorate", "regulator", "service", "museum", "cabinet", "institute", "council",
            "chamber", "party", "commission", "committee", "club", "hospital", "university", "operator", "insurer", "bureau",
            "coastguard", "army", "military", "force", "utility", "plant", "mine", "airport", "port", "station", "school", "observatory",

            // An office alone ("the mayor promised", "the minister said") refers back to its holder named elsewhere.
            .. Offices.Words],
        StringComparer.Ordinal);

    private static readonly HashSet<string> GenericSourceWords = new(
        ["according", "citing", "cited", "told", "say", "says", "said", "stated", "reported", "reporters", "official", "officials",
            "spokesman", "spokeswoman", "spokesperson", "show", "shows", "state", "county", "city", "national", "local", "senior", "people", "same"],
        StringComparer.Ordinal);

    public static IReadOnlyList<SlotDifference> Compare(Claim a, Claim b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var known = Compared.GetValue(a, _ => new ConcurrentDictionary<Claim, IReadOnlyList<SlotDifference>>(ReferenceEqualityComparer.Instance));
        return known.GetOrAdd(b, static (other, first) => CompareAnew(first, other), a);
    }

    /// <summary>
    /// What each claim was found to differ in from each claim it was compared with, while both live: the judge and the
    /// findings compare the same two claims, and the engine hands out the same claims when it compares an article again.
    /// </summary>
    private static readonly ConditionalWeakTable<Claim, ConcurrentDictionary<Claim, IReadOnlyList<SlotDifference>>> Compared = new();

    private static System.Collections.ObjectModel.ReadOnlyCollection<SlotDifference> CompareAnew(Claim a, Claim b)
    {
        var result = new List<SlotDifference>();
        if (NumberConflict(a, b) is var (qa, qb))
        {
            result.Add(new SlotDifference(DifferenceKind.Number, ValueText.Of(qa), qa.Text, ValueText.Of(qb), qb.Text, QuantityMatch.Explain(qa, qb)));
        }

        if (DateMatch.Of(a, b, all: false).Conflict is var (da, db))
        {
            result.Add(new SlotDifference(DifferenceKind.Date, ValueText.Of(da), da.Text, ValueText.Of(db), db.Text,
                $"{ValueText.Of(da)} and {ValueText.Of(db)} do not overlap"));
        }
        else if (TimesOfDay.Clash(a.Text, b.Text) is var (ta, tb))
        {
            result.Add(new SlotDifference(DifferenceKind.Date, ta.Text, ta.Text, tb.Text, tb.Text, $"{ta.Text} and {tb.Text} are different times of day"));
        }

        var actor = ActorDifference(a, b);
        if (actor is not null)
        {
            result.Add(actor);
        }

        if (PolarityDifference(a, b) is { } polarity)
        {
            result.Add(polarity);
        }

        // When the actors differ and each side credits its own actor (or no one), the speaker is the actor: "Vance called it
        // disappointing" against "Brisk said it was disappointing" differ in who acted, not also in whom they credit.
        if (AttributionDifference(a, b) is { } attribution && !(actor is not null && SpeakerIsActor(a, actor.ValueA) && SpeakerIsActor(b, actor.ValueB)))
        {
            result.Add(attribution);
        }

        if (a.Slots.Certainty != b.Slots.Certainty)
        {
            var (ta, tb) = (CertaintyWords(a), CertaintyWords(b));
            result.Add(new SlotDifference(DifferenceKind.Certainty, CertaintyValue(a), ta, CertaintyValue(b), tb,
                a.Slots.Certainty == Certainty.Hedged
                    ? $"one hedges (\"{ta}\"), the other states it as fact"
                    : $"one states it as fact, the other hedges (\"{tb}\")"));
        }

        return result.AsReadOnly();
    }

    /// <summary>
    /// True when both credit the same source, or both speak in their own voice. Two credited sources are the same when
    /// their names match loosely, when one's distinctive words all appear in the other's attribution phrase ("a hospital
    /// spokesman" and "according to hospital spokesman Amos Kettering"), or when one names no one in particular: documents
    /// ("the records show", "official figures"), a back-reference ("the newspaper said", "the airline said") or generic
    /// words only ("the spokesman said", "officials said"). Against the outlet's own voice any credited source differs,
    /// documents too, unless the sentence in its own voice names it, as its subject or in the possessive ("the IDF
    /// produced documents" and "the Israeli military said"; "The report's central finding is" and "The report says").
    /// An outlet crediting itself ("reviewed by The Civic Ledger") speaks in its own voice.
    /// </summary>
    public static bool SameSource(Claim a, Claim b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (sa, sb) = (Source(a), Source(b));
        return (sa, sb) switch
        {
            (null, null) => true,
            (null, _) => NamesSourceOrBody(a, b, sb!),
            (_, null) => NamesSourceOrBody(b, a, sa),
            _ => SameNamedSource(sa, sb) || SpeaksFor(a, sa, sb) || SpeaksFor(b, sb, sa),
        };
    }

    /// <summary>
    /// Whether <paramref name="ownVoice"/> names the <paramref name="source"/> <paramref name="credited"/> credits, or the
    /// body that source speaks for ("Aldercrest's executive director, Sefa Eskedal, said" and a sentence naming Aldercrest
    /// Relief).
    /// </summary>
    private static bool NamesSourceOrBody(Claim ownVoice, Claim credited, Attribution source) =>
        Names(ownVoice, source) || Affiliation.Of(credited, source) is { } org && Names(ownVoice, new Attribution(org, source.Cue, org));

    /// <summary>
    /// Whether the person <paramref name="a"/> credits speaks for the body the other credits ("Aldercrest's executive
    /// director, Sefa Eskedal, told the Ledger" and "Aldercrest Relief said"). Two people are two sources, whatever body
    /// they share: a person's name is not the name of the body.
    /// </summary>
    private static bool SpeaksFor(Claim a, Attribution sa, Attribution sb) =>
        Affiliation.Of(a, sa) is { } org && Affiliation.Names(org, sb.Source);

    /// <summary>The claim's attribution, or null when it speaks in its own voice (crediting its own outlet counts as that).</summary>
    private static Attribution? Source(Claim c)
    {
        var source = c.Slots.Attribution;
        if (source is null)
        {
            return null;
        }

        var words = SourceWords(source.Source);
        var outlet = c.OutletId.Split('-', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return words.Count > 0 && words.IsSubsetOf(outlet) ? null : source;
    }

    /// <summary>
    /// Whether a sentence in its own voice names <paramref name="source"/> as an entity or by its distinctive words, those
    /// of the source or of the phrase that credits it ("the inspectorate said", credited to the National Environment
    /// Inspectorate the article named before, against "The penalty is the largest the inspectorate has imposed").
    /// </summary>
    private static bool Names(Claim c, Attribution source)
    {
        var words = SourceWords(source.Source);
        if (words.Count == 0)
        {
            return false;
        }

        var canonical = source.Source.ToLowerInvariant();
        var text = SourceWords(c.Text);
        return c.Slots.Entities.Any(e => Fuzz.TokenSetRatio(e.Canonical.ToLowerInvariant(), canonical) >= 90)
            || words.IsSubsetOf(text) || SourceWords(source.Text) is { Count: > 0 } phrase && phrase.IsSubsetOf(text);
    }

    private static bool SameNamedSource(Attribution a, Attribution b)
    {
        if (Fuzz.TokenSetRatio(Norm(a.Source), Norm(b.Source)) >= 80)
        {
            return true;
        }

        // "a timeline published by the inspectorate" is the inspectorate's word.
        var (pa, pb) = (Publisher(a), Publisher(b));
        if (pa != a || pb != b)
        {
            return SameNamedSource(pa, pb);
        }

        // "two people familiar with the financing" and "a person briefed on the financing": both keep their source unnamed.
        // Against a document or a body named before ("the filing says", "the club said"), an unnamed source differs: what
        // the back-reference means was named, and told the outlet openly.
        var (ua, ub) = (AttributionDetector.IsUnnamed(a.Source), AttributionDetector.IsUnnamed(b.Source));
        if (ua || ub)
        {
            return ua && ub || !Unspecific(SourceWords(ua ? b.Source : a.Source)) && SameNamedWords(a, b);
        }

        return SameNamedWords(a, b);
    }

    /// <summary>The body that published a document the source names ("a timeline published by the inspectorate"), else the source.</summary>
    private static Attribution Publisher(Attribution x) =>
        PublishedBy().Match(x.Source) is { Success: true } m ? x with { Source = m.Groups["owner"].Value } : x;

    [GeneratedRegex(@"^(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){1,3}(?:published|issued|released|compiled|prepared|produced)\s+by\s+(?:the\s+)?(?<owner>\S.*)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PublishedBy();

    /// <summary>Whether two sources, told apart by more than their wording, can still be one by the words they use.</summary>
    private static bool SameNamedWords(Attribution a, Attribution b)
    {
        // "the spokesman said", "officials said": a source of generic words only names no one either.
        var (wa, wb) = (SourceWords(a.Source), SourceWords(b.Source));
        if (wa.Count == 0 || wb.Count == 0 || NamesNoOne(a) || NamesNoOne(b) || (wa.Overlaps(Bench) && wb.Overlaps(Bench)))
        {
            return true;
        }

        // By stem: "the organisers' count" names the federation "which organised the march".
        var (ta, tb) = (LexicalCues.Stems(SourceWords(a.Source + " " + a.Text)), LexicalCues.Stems(SourceWords(b.Source + " " + b.Text)));
        return LexicalCues.Stems(wa).IsSubsetOf(tb) || LexicalCues.Stems(wb).IsSubsetOf(ta);
    }

    /// <summary>
    /// Whether <paramref name="x"/> names no one in particular: documents only ("the figures show"), a body referred back
    /// to by its noun ("the mayor said", "the airline said"), or generic words, written in lower case. A capitalised name
    /// ("the National Statistics Office", "the National Audit Chamber") names its body, whatever its words.
    /// </summary>
    private static bool NamesNoOne(Attribution x) => !x.Source.Any(char.IsUpper) && Unspecific(SourceWords(x.Source));

    /// <summary>A source that names no one: only document words, or only a back-reference noun.</summary>
    private static bool Unspecific(HashSet<string> words) =>
        words.Count > 0 && words.All(w => Documents.Contains(w) || BackReferences.Contains(w));

    private static SlotDifference? ActorDifference(Claim a, Claim b)
    {
        var (ea, agentA) = Actor(a);
        var (eb, agentB) = Actor(b);
        if (ea is null || eb is null || !SameKindOfActor(ea.Kind, eb.Kind)
            || string.Equals(ea.Canonical, eb.Canonical, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // "The energy minister ordered an inquiry" and "Dorran ordered an inquiry": an office named by its title may be held
        // by the person the other names, so only an office against another office, or against a body, differs.
        // Unless the other sentence gives the person another office: "Velsk's mayor, Oskar Brandlund, closed the square"
        // against "The regional governor closed the square".
        if (agentA && Offices.Titles.Contains(ea.Canonical) && eb.Kind == EntityKind.Person && !HoldsAnotherOffice(b, ea.Canonical)
            || agentB && Offices.Titles.Contains(eb.Canonical) && ea.Kind == EntityKind.Person && !HoldsAnotherOffice(a, eb.Canonical))
        {
            return null;
        }

        // The other side naming the entity anywhere means both sentences involve it: a different phrasing, not a different
        // actor. A body named by a common noun counts as named when its word is there ("Ruthen Police" and "police").
        // Unless the other side names it only as the one its actor made act: "the Civil Aviation Authority had ordered
        // Skarla to ground its planes" against "Skarla grounded its planes".
        if ((agentA ? AgentNouns.Mentions(b, ea) : (Mentions(b, ea) && !MadeToAct(b, ea)))
            || (agentB ? AgentNouns.Mentions(a, eb) : (Mentions(a, eb) && !MadeToAct(a, eb))))
        {
            return null;
        }

        return new SlotDifference(DifferenceKind.Actor, ea.Canonical, ea.Text, eb.Canonical, eb.Text,
            $"{ea.Canonical} and {eb.Canonical} are named as the actor");
    }

    /// <summary>Whether <paramref name="c"/> names an office of one word other than <paramref name="office"/>'s ("mayor" against "governor").</summary>
    private static bool HoldsAnotherOffice(Claim c, string office)
    {
        var own = office.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return LexicalCues.Words(c.Text).Any(w => Offices.Words.Contains(w) && !own.Contains(w, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// People and organisations both act, and one outlet may credit an office with what another credits its head with ("the
    /// county Office of Emergency Management ordered" and "Mayor Tobias Ferrant ordered"); a place acts only against a place.
    /// </summary>
    private static bool SameKindOfActor(EntityKind a, EntityKind b) =>
        a == b || (a is EntityKind.Person or EntityKind.Organization && b is EntityKind.Person or EntityKind.Organization);

    /// <summary>
    /// The agent of a passive verb (<see cref="PassiveAgent"/>; Agent true when a common noun names it), else the body
    /// named by a common noun that opens the sentence (<see cref="AgentNouns"/>, then Agent is true), else the
    /// first person, organisation or place the sentence names, outside its dateline and its attribution (the person when
    /// the name only qualifies a title; no place after a preposition, as "held in Pellamese prisons" says where), or else
    /// the speaker who opens it; none when the sentence opens with a pronoun ("He resigned from the Assembly", "Her tally
    /// gave her a majority over Callum Frayne"): its actor is whoever the pronoun refers back to, and the names after it
    /// are someone else.
    /// </summary>
    private static (EntityMention? Actor, bool Agent) Actor(Claim c) => Actors.GetValue(c, ReadActor).Value;

    /// <summary>Each claim's actor, read once: a claim is compared with many others, and the reading is the same each time.</summary>
    private static readonly ConditionalWeakTable<Claim, StrongBox<(EntityMention?, bool)>> Actors = new();

    private static StrongBox<(EntityMention?, bool)> ReadActor(Claim c) => new(FindActor(c));

    private static (EntityMention? Actor, bool Agent) FindActor(Claim c)
    {
        // "The Flex Saver was launched by Carrow Bank", "He was detained by military intelligence officers": the agent of a
        // passive verb acts, whatever opens the sentence.
        if (PassiveAgent.Of(c) is { } passive)
        {
            return (passive, !c.Slots.Entities.Contains(passive));
        }

        if (StartsWithPronoun(c.Text))
        {
            return (null, false);
        }

        // "Police have opened an investigation", "The city council has put up a reward": a body named by a common noun
        // that opens the sentence acts in it, unless it is only the speaker.
        var attribution = c.Slots.Attribution;
        var agent = AgentNouns.Of(c);
        var speaking = agent is not null && attribution is not null
            && attribution.Text.Contains(agent.Text, StringComparison.OrdinalIgnoreCase);
        if (agent is not null && !speaking)
        {
            return (agent, true);
        }

        // "PORT ALDER — ..." or "VELMORA, Sept 17 (Eastgate Wire) - ...": the place line of a wire story names no actor.
        var dateline = Dateline.Length(c.Text);
        if (ActingUnknownName(c, dateline) is { } unknown && (attribution is null || !attribution.Text.Contains(unknown.Text, StringComparison.OrdinalIgnoreCase)))
        {
            return (unknown, false);
        }

        var named = c.Slots.Entities.Where(e => e.Kind is EntityKind.Person or EntityKind.Organization or EntityKind.Place
            && e.Start - c.Start >= dateline && !IsOwnOutlet(c, e) && !(e.Kind == EntityKind.Place && InPlacePhrase(c, e)))
            .OrderBy(e => e.Start).ToList();
        var outside = named.FirstOrDefault(e =>
            attribution is null || !attribution.Text.Contains(e.Text, StringComparison.OrdinalIgnoreCase));
        if (outside is not null || attribution is null)
        {
            return (outside is null ? null : TitledPerson(c, named, outside) ?? outside, false);
        }

        // "Prime Minister Orla Vance said the result was disappointing": a speaker who opens the sentence and names no one
        // else acts in it.
        var opening = c.Text.IndexOf(attribution.Text, StringComparison.OrdinalIgnoreCase) is >= 0 and <= 2;
        return (opening ? named.FirstOrDefault(e => e.Kind != EntityKind.Place) : null, false);
    }

    /// <summary>
    /// "Brevonia banned exports of chip-making equipment", "Marravia barred the export": a name the recogniser cannot type
    /// (a single unknown word that opens the sentence) acts when a verb in the past tense follows it. It stays of the kind
    /// Other, so it differs only from another such name. A word that ends in "s" may be a plural the article writes in
    /// capitals only here ("Residents fled", "Villagers fled"), and is left out.
    /// </summary>
    private static EntityMention? ActingUnknownName(Claim c, int dateline)
    {
        var opener = c.Slots.Entities.FirstOrDefault(e => e.Kind == EntityKind.Other && e.Start - c.Start == dateline);
        if (opener is null || opener.Text.EndsWith('s'))
        {
            return null;
        }

        var after = opener.Start - c.Start + opener.Length;
        var rest = c.Text[after..].TrimStart();
        var end = 0;
        while (end < rest.Length && char.IsLetter(rest[end]))
        {
            end++;
        }

        var verb = rest[..end];
        return rest.Length > end && rest[end] == ' ' && verb.All(char.IsLower)
            && (verb.Length >= 5 && verb.EndsWith("ed", StringComparison.Ordinal) || IrregularPast.Contains(verb))
            && !SpeechPast.Contains(verb)
            ? opener
            : null;
    }

    /// <summary>Verbs of saying in -ed: "Brevonia announced" credits a source, the act is what it says.</summary>
    private static readonly HashSet<string> SpeechPast = new(
        ["reported", "stated", "announced", "claimed", "estimated", "warned", "insisted", "argued", "added", "confirmed", "denied",
            "replied", "noted", "explained", "alleged", "suggested", "revealed", "disclosed", "predicted", "forecast", "believed"],
        StringComparer.Ordinal);

    /// <summary>Past forms of acts that do not end in -ed: "Marravia sold", "Brevonia struck".</summary>
    private static readonly HashSet<string> IrregularPast = new(
        ["sold", "bought", "won", "lost", "held", "led", "sent", "made", "took", "gave", "built", "struck", "shot", "left", "began",
            "brought", "withdrew", "threw", "broke", "paid", "sought", "fought", "froze", "cut", "set", "put", "hit", "shut", "quit"],
        StringComparer.Ordinal);

    /// <summary>
    /// "the police station on Wharf Street", "off the port of Selwick", "held in Pellamese prisons": a place after a
    /// preposition says where, not who acts.
    /// </summary>
    private static bool InPlacePhrase(Claim c, EntityMention e)
    {
        var before = LexicalCues.Words(c.Text[..Math.Clamp(e.Start - c.Start, 0, c.Text.Length)]);
        var k = before.Count - 1;
        while (k >= 0 && PlaceDeterminers.Contains(before[k]))
        {
            k--;
        }

        return k >= 0 && PlacePrepositions.Contains(before[k]);
    }

    private static readonly HashSet<string> PlaceDeterminers = new(["the", "a", "an"], StringComparer.Ordinal);

    private static readonly HashSet<string> PlacePrepositions = new(
        ["in", "on", "at", "from", "to", "near", "off", "outside", "inside", "across", "into", "onto", "towards", "toward", "around",
            "through", "beyond", "between", "along", "above", "below", "beneath", "under", "within", "throughout", "via"],
        StringComparer.Ordinal);

    /// <summary>
    /// "Reform Bloc leader Ezra Dalmont is calling for an inquiry", "Corrin Trade Minister Aneth Dravik signed": a name that
    /// only qualifies the title of the person after it is not the actor; the person is. Between the two stand one to three
    /// words and no punctuation, each a title word in any case ("Trade Minister", "leader") or a role ("defender"). The
    /// name may be of any kind the recogniser gives it: it can read a party ("Reform Bloc") as a person.
    /// </summary>
    private static EntityMention? TitledPerson(Claim c, List<EntityMention> named, EntityMention first)
    {
        var next = named.FirstOrDefault(e => e.Start > first.Start);
        if (next is null || next.Kind != EntityKind.Person)
        {
            return null;
        }

        var from = first.Start + first.Length - c.Start;
        var to = next.Start - c.Start;
        if (from < 0 || to <= from || to > c.Text.Length)
        {
            return null;
        }

        var words = c.Text[from..to].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 3 && words.All(IsTitleWord) ? next : null;
    }

    /// <summary>
    /// Role words of a person that are no title of address: "the Marlowick defender Bram Oakhurst". Titles in lower case
    /// ("chief executive", "founder") are read from the entity lexicon's titles.
    /// </summary>
    private static readonly HashSet<string> Roles = new(
        ["defender", "striker", "winger", "midfielder", "goalkeeper", "centre-back", "center-back", "forward", "boss", "owner",
            "lawyer", "official", "member", "player", "veteran", "activist", "candidate"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>A word of a title, in any case ("Trade Minister", "leader", "chief executive") or a role ("defender").</summary>
    private static bool IsTitleWord(string w)
    {
        if (w.Length == 0 || !w.All(ch => char.IsLetter(ch) || ch == '-'))
        {
            return false;
        }

        var title = char.ToUpperInvariant(w[0]) + w[1..];
        return EntityLexicon.IsTitleHead(title) || EntityLexicon.IsTitleModifier(title) || Roles.Contains(w);
    }

    /// <summary>"(Eastgate Wire)" in a wire story's dateline: the outlet names itself, not an actor.</summary>
    private static bool IsOwnOutlet(Claim c, EntityMention e)
    {
        // "The Civic Ledger" and "told the Ledger": the outlet's name, or its last word that the outlet calls itself by.
        var outlet = c.OutletId.Split('-', StringSplitOptions.RemoveEmptyEntries);
        var words = e.Canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !w.Equals("the", StringComparison.OrdinalIgnoreCase))
            .ToList();
        return outlet.Length > 0 && words.Count > 0
            && words.All(w => outlet.Contains(w, StringComparer.OrdinalIgnoreCase))
            && words.Contains(outlet[^1], StringComparer.OrdinalIgnoreCase);
    }

    private static readonly HashSet<string> Pronouns = new(
        ["he", "she", "it", "they", "his", "her", "its", "their", "we", "our", "i"], StringComparer.OrdinalIgnoreCase);

    private static bool StartsWithPronoun(string text)
    {
        var start = 0;
        while (start < text.Length && !char.IsLetter(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end > start && Pronouns.Contains(text[start..end]);
    }

    /// <summary>Verbs by which one makes another act: "ordered Skarla to ground", "forced the company to recall".</summary>
    private static readonly HashSet<string> Causatives = new(
        ["ordered", "orders", "forced", "forces", "told", "tells", "required", "requires", "instructed", "instructs", "directed",
            "directs", "compelled", "compels"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether <paramref name="c"/> names <paramref name="e"/> only as the object of a causative verb followed by "to"
    /// ("had ordered Skarla to ground all six"): someone else made it act.
    /// </summary>
    private static bool MadeToAct(Claim c, EntityMention e)
    {
        var mentions = c.Slots.Entities.Where(x => string.Equals(x.Canonical, e.Canonical, StringComparison.OrdinalIgnoreCase)).ToList();
        return mentions.Count > 0 && mentions.All(m =>
            LexicalCues.Words(c.Text[..Math.Clamp(m.Start - c.Start, 0, c.Text.Length)]) is [.., var before] && Causatives.Contains(before)
            && LexicalCues.Words(c.Text[Math.Clamp(m.Start - c.Start + m.Length, 0, c.Text.Length)..]) is ["to", ..]);
    }

    private static bool Mentions(Claim c, EntityMention e) =>
        c.Slots.Entities.Any(x => string.Equals(x.Canonical, e.Canonical, StringComparison.OrdinalIgnoreCase))
        || c.Text.Contains(e.Canonical, StringComparison.OrdinalIgnoreCase)
        || c.Text.Contains(e.Text, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The two figures the statements differ on, if any. A figure one side measures against ("slowed to 3.8 percent from
    /// 4.0 percent", "389,570 fewer people than the 6,801,950 counted in 2016") differs only from a figure of that kind on
    /// the other side, not from whatever other figure it gives ("still almost twice the 2 percent goal").
    /// </summary>
    private static (Quantity A, Quantity B)? NumberConflict(Claim a, Claim b)
    {
        var (qa, qb) = (a.Slots.Quantities, b.Slots.Quantities);
        while (QuantityMatch.Of(qa, qb).Conflict is var (x, y))
        {
            var (bx, by) = (IsBaselineFigure(a, x), IsBaselineFigure(b, y));
            if (bx == by)
            {
                return (x, y);
            }

            if (bx)
            {
                qa = [.. qa.Where(q => !ReferenceEquals(q, x))];
            }
            else
            {
                qb = [.. qb.Where(q => !ReferenceEquals(q, y))];
            }
        }

        return null;
    }

    /// <summary>
    /// A figure measured against: after "from" with another figure before it in its clause ("to 1.31 children per woman
    /// from 1.58"), or right after "than" ("fewer people than the 6,801,950 counted").
    /// </summary>
    private static bool IsBaselineFigure(Claim c, Quantity q)
    {
        var local = q.Start - c.Start;
        if (local <= 0 || local > c.Text.Length)
        {
            return false;
        }

        var clause = LexicalCues.ClauseBefore(c.Text, local);
        return BaselineThan().IsMatch(clause)
            || BaselineFrom().IsMatch(clause) && c.Slots.Quantities.Any(o => o.Start < q.Start && o.Start - c.Start >= local - clause.Length);
    }

    [GeneratedRegex(@"\bthan\s+(the\s+|a\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BaselineThan();

    [GeneratedRegex(@"\bfrom\s+(a\s+peak\s+of\s+|a\s+high\s+of\s+|a\s+low\s+of\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BaselineFrom();

    private static SlotDifference? PolarityDifference(Claim a, Claim b)
    {
        var (negated, other) = a.Slots.Polarity == Polarity.Negated ? (a, b) : (b, a);
        var (wordsA, wordsB) = (LexicalCues.Words(a.Text), LexicalCues.Words(b.Text));
        if (a.Slots.Polarity != b.Slots.Polarity && NegationScope.NegatesSharedWord(negated.Text, other.Text) && !DoubtsIt(other)
            && !(ReferenceEquals(negated, a) ? NegatesLikewise(wordsA, wordsB) : NegatesLikewise(wordsB, wordsA)))
        {
            var (ta, tb) = (NegationWords(a), NegationWords(b));
            return new SlotDifference(DifferenceKind.Polarity, PolarityValue(a), ta, PolarityValue(b), tb,
                a.Slots.Polarity == Polarity.Negated ? $"one denies it (\"{ta}\"), the other affirms it" : $"one affirms it, the other denies it (\"{tb}\")");
        }

        // Opposite words only oppose two statements that are otherwise parallel: "closed on Sundays since 2024" and
        // "open on Sundays again" describe the same restoration.
        if (LexicalCues.AntonymBetween(wordsA, wordsB) is var (wa, wb) && Parallel(wordsA, wordsB, wa, wb))
        {
            return new SlotDifference(DifferenceKind.Polarity, wa, wa, wb, wb, $"\"{wa}\" and \"{wb}\" are opposites");
        }

        return null;
    }

    /// <summary>
    /// Whether the other statement (its words <paramref name="wo"/>) has the very negation of the negated one
    /// (<paramref name="wn"/>) too ("every household that was without power" beside "every household left without power"):
    /// the slot of one reads it in a clause it leaves out, but both say the same.
    /// </summary>
    private static bool NegatesLikewise(IReadOnlyList<string> wn, IReadOnlyList<string> wo)
    {
        for (var k = 0; k + 1 < wn.Count; k++)
        {
            if (LexicalCues.HasNegation([wn[k]]))
            {
                for (var m = 0; m + 1 < wo.Count; m++)
                {
                    if (wo[m] == wn[k] && wo[m + 1] == wn[k + 1])
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "a fare increase this year seemed unlikely" leans to the negative: beside "fares would not rise" it differs in
    /// certainty, not in polarity.
    /// </summary>
    private static bool DoubtsIt(Claim c) =>
        c.Slots.Certainty == Certainty.Hedged && LexicalCues.Words(c.Text).Any(w => w is "unlikely" or "doubtful" or "improbable");

    private static bool Parallel(IReadOnlyList<string> a, IReadOnlyList<string> b, string wa, string wb)
    {
        var ca = LexicalCues.ContentWords(a);
        var cb = LexicalCues.ContentWords(b);
        ca.Remove(wa);
        cb.Remove(wb);
        var union = ca.Count + cb.Count - ca.Count(cb.Contains);
        return union > 0 && ca.Count(cb.Contains) >= 0.6 * union;
    }

    private static SlotDifference? AttributionDifference(Claim a, Claim b)
    {
        if (SameSource(a, b))
        {
            return null;
        }

        var (sa, sb) = (Source(a), Source(b));

        return new SlotDifference(DifferenceKind.Attribution, SourceValue(sa), sa?.Text ?? string.Empty, SourceValue(sb), sb?.Text ?? string.Empty,
            (sa, sb) switch
            {
                (null, _) => $"one states it in its own voice, the other credits {sb!.Source}",
                (_, null) => $"one credits {sa.Source}, the other states it in its own voice",
                _ => $"one credits {sa.Source}, the other {sb.Source}",
            });
    }

    private static bool SpeakerIsActor(Claim c, string actor) =>
        Source(c) is not { } source || Fuzz.TokenSetRatio(Norm(source.Source), Norm(actor)) >= 80;

    private static string SourceValue(Attribution? a) => a is null ? "own voice" : a.Source;

    private static string PolarityValue(Claim c) => c.Slots.Polarity == Polarity.Negated ? "denied" : "affirmed";

    private static string CertaintyValue(Claim c) =>
        c.Slots.Certainty == Certainty.Hedged ? $"hedged ({CertaintyWords(c)})" : "asserted";

    private static string NegationWords(Claim c) =>
        c.Slots.Polarity == Polarity.Negated ? (c.Slots.Cues.FirstOrDefault(x => LexicalCues.HasNegation(LexicalCues.Words(x))) ?? "not") : string.Empty;

    private static string CertaintyWords(Claim c) =>
        c.Slots.Certainty == Certainty.Hedged ? (c.Slots.Cues.FirstOrDefault(x => LexicalCues.HasHedge(LexicalCues.Words(x))) ?? (c.Slots.Cues.Count > 0 ? c.Slots.Cues[0] : "hedged")) : string.Empty;

    private static string Norm(string s) => s.ToLowerInvariant().Replace("the ", string.Empty, StringComparison.Ordinal);

    /// <summary>The words of a source that tell it apart: no function words, no generic roles or speech verbs.</summary>
    private static HashSet<string> SourceWords(string s) =>
        LexicalCues.ContentWords(LexicalCues.Words(s)).Where(w => !GenericSourceWords.Contains(w)).Select(Singular).ToHashSet(StringComparer.Ordinal);

    /// <summary>"auditors" and "the report's finding" name an auditor and a report.</summary>
    private static string Singular(string w)
    {
        w = w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w;
        return w.Length > 4 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w;
    }
}
