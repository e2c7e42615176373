using System.Globalization;
using Compare.Core.Analysis.Pairs;
using Compare.Core.Corpus;
using Compare.Core.Domain;
using FuzzySharp;

namespace Compare.Core.Analysis.Evaluation;

/// <summary>One slot's score against the gold and the mentions it got wrong, in words.</summary>
/// <param name="Slot">The slot: <c>source</c>, <c>negation</c> (a difference in polarity between two outlets), <c>hedge</c>,
/// <c>date</c> or <c>figure</c>.</param>
/// <param name="Score">Found against the gold's values (see <see cref="SlotEvaluator"/> for what counts).</param>
/// <param name="Errors">One line per miss or false find: story, outlet, what the gold gives, what was read, the sentence.</param>
public sealed record SlotScore(string Slot, Score Score, IReadOnlyList<string> Errors);

/// <summary>
/// Scores the claim extractor's slots against the values the gold gives each outlet's mention of a fact, sentence by
/// sentence and without the pair judge: who the sentence credits, whether it is negated or hedged, its dates and its
/// figures. A mention is read from the claims whose sentences are its sentences (<see cref="GoldSentenceMap"/>); one whose
/// sentences yield no claim is counted apart, as unread. This measures an extraction change directly, where the engine's
/// scores also move with the judge retrained on the changed slots.
/// </summary>
/// <remarks>
/// What counts:
/// <list type="bullet">
/// <item>source: a mention the gold credits is found when one of its claims credits a source whose name matches loosely
/// (token-set ratio ≥ 80: "police" and "Drossholt Metropolitan Police") or whose phrase holds the gold's words; a credited
/// source where the gold gives the outlet's own voice, or a different one, is a false find. An outlet crediting itself
/// ("according to Eastgate Wire data") speaks in its own voice, as the comparer reads it.</item>
/// <item>negation: on each pair of outlets that state a fact, the gold gives them opposite polarities, and their claims
/// differ in being negated; the gold's polarity is relative to the fact ("would not change course" affirms that it will
/// not), so it is not compared sentence by sentence.</item>
/// <item>hedge: the mention is hedged in the gold, and one of its claims is.</item>
/// <item>date: each gold date or period (<c>2023-10-07</c>, <c>2024-02</c>, <c>2024</c>, <c>1990/1993</c>; a time of day,
/// <c>2026-05-15T02:40</c>, as its day) is found when a claim gives exactly that interval. The gold also dates a fact its
/// sentence only implies ("Police said there were no arrests" on the day of the march), which no sentence reading finds,
/// so recall has a ceiling well below 1; a claim's date that is none of the gold dates of the facts its sentence states is a
/// false find.</item>
/// <item>figure: as dates, on the figure's value (units are named differently by the gold and the extractor).</item>
/// </list>
/// Held-out topics and stories are refused: their errors must not steer the extractor.
/// </remarks>
public static class SlotEvaluator
{
    /// <summary>The slots scored, in report order.</summary>
    public static IReadOnlyList<string> Slots { get; } = ["source", "negation", "hedge", "date", "figure"];

    /// <summary>Scores <paramref name="claims"/> (the extractor's claims of every article of the story) against <paramref name="topic"/>'s gold.</summary>
    /// <returns>One score per slot of <see cref="Slots"/>, and how many gold mentions no claim reads.</returns>
    public static (IReadOnlyList<SlotScore> Scores, int Unread) Score(CorpusTopic topic, IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(claims);
        if (topic.HeldOut)
        {
            throw new ArgumentException($"topic {topic.Id} is held out: its slots are not scored", nameof(topic));
        }

        var map = new GoldSentenceMap(topic.Gold);
        var unitsOf = claims.ToDictionary(c => c.Id, c => map.Of(c), StringComparer.Ordinal);
        var facts = topic.Gold.Facts.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var tallies = Slots.ToDictionary(s => s, _ => new Tally(), StringComparer.Ordinal);
        var unread = 0;
        foreach (var fact in topic.Gold.Facts)
        {
            foreach (var (outlet, mention) in fact.Mentions)
            {
                if (mention is null)
                {
                    continue;
                }

                var read = claims.Where(c => c.OutletId == outlet && unitsOf[c.Id].Any(u => u.Fact == fact.Id)).ToList();
                if (read.Count == 0)
                {
                    unread++;
                    continue;
                }

                var where = $"{topic.Id} {outlet} {fact.Id}";
                var text = string.Join(" | ", read.Select(c => c.Text));
                ScoreSource(tallies["source"], mention.Value, read, where, text);
                ScoreFlag(tallies["hedge"], mention.Value.Certainty == Certainty.Hedged, read.Any(c => c.Slots.Certainty == Certainty.Hedged),
                    where, text);

                // A claim's date or figure is checked against every fact its sentence states, so a sentence of two facts
                // is not charged for the other fact's values.
                var stated = read.SelectMany(c => unitsOf[c.Id]).Select(u => u.Fact).Distinct(StringComparer.Ordinal)
                    .Select(f => facts[f].Mentions.GetValueOrDefault(outlet)).OfType<GoldMention>().ToList();
                var goldDates = stated.SelectMany(m => m.Value.Dates).Select(ParseGoldDate).OfType<(DateOnly, DateOnly)>().ToList();
                var goldFigures = stated.SelectMany(m => m.Value.Quantities).Select(q => q.Value).ToList();
                ScoreValues(tallies["date"], mention.Value.Dates.Select(d => (Gold: d, Interval: ParseGoldDate(d))).ToList(),
                    read.SelectMany(c => c.Slots.Dates).ToList(), goldDates, where, text);
                ScoreFigures(tallies["figure"], mention.Value.Quantities.Select(q => q.Value).ToList(),
                    read.SelectMany(c => c.Slots.Quantities).ToList(), goldFigures, where, text);
            }
        }

        foreach (var fact in topic.Gold.Facts)
        {
            ScorePolarity(tallies["negation"], topic.Id, fact, claims.Where(c => unitsOf[c.Id].Any(u => u.Fact == fact.Id)).ToList());
        }

        return (Slots.Select(s => new SlotScore(s, tallies[s].Score, tallies[s].Errors)).ToList(), unread);
    }

    /// <summary>The interval an ISO date or period of the gold names; null when it is none of the forms it may take.</summary>
    internal static (DateOnly From, DateOnly To)? ParseGoldDate(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var parts = value.Split('/');
        if (parts.Length == 2 && ParseGoldDate(parts[0]) is { } a && ParseGoldDate(parts[1]) is { } b)
        {
            return (a.From, b.To);
        }

        // A time of day ("2026-05-15T02:40") names its day.
        if (value.Length > 10 && value[10] == 'T')
        {
            value = value[..10];
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return (day, day);
        }

        if (DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return (month, month.AddMonths(1).AddDays(-1));
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999
            ? (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31))
            : null;
    }

    private static void ScoreSource(Tally tally, GoldValue gold, IReadOnlyList<Claim> read, string where, string text)
    {
        // An outlet crediting itself ("reviewed by The Civic Ledger") speaks in its own voice, as the comparer reads it.
        var sources = read.Where(c => c.Slots.Attribution is { } a && !CreditsItself(c.OutletId, a)).Select(c => c.Slots.Attribution!).ToList();
        var shown = sources.Count == 0 ? "none" : string.Join("; ", sources.Select(s => s.Source).Distinct(StringComparer.Ordinal));
        if (gold.Attribution is not { } credited)
        {
            if (sources.Count > 0)
            {
                tally.FalsePositive($"false source: {where}: gold own voice, read '{shown}': {text}");
            }

            return;
        }

        if (sources.Any(s => SameName(credited, s)))
        {
            tally.TruePositive();
            return;
        }

        tally.FalseNegative($"missed source: {where}: gold '{credited}', read '{shown}': {text}");
        if (sources.Count > 0)
        {
            tally.FalsePositive(null);
        }
    }

    private static bool CreditsItself(string outlet, Attribution source) =>
        Words(source.Source) is { Count: > 0 } words && words.IsSubsetOf(outlet.Split('-', StringSplitOptions.RemoveEmptyEntries));

    private static bool SameName(string gold, Attribution read)
    {
        var name = gold.ToLowerInvariant();
        if (Fuzz.TokenSetRatio(name, read.Source.ToLowerInvariant()) >= 80)
        {
            return true;
        }

        var phrase = Words(read.Text);
        return Words(gold) is { Count: > 0 } words && words.IsSubsetOf(phrase);
    }

    /// <summary>The content words of a name or phrase, without possessive endings ("Varrow's board" gives varrow, board).</summary>
    private static HashSet<string> Words(string text) =>
        LexicalCues.ContentWords([.. LexicalCues.Words(text).Select(LexicalCues.WithoutPossessive)]);

    /// <summary>
    /// Polarity is scored on pairs of outlets, as the gold states it relative to the fact: "the government would not change
    /// course" affirms the fact that it will not. Two outlets' mentions differ in polarity in the gold, and their claims
    /// (negated when one of them is) differ too.
    /// </summary>
    private static void ScorePolarity(Tally tally, string topic, GoldFact fact, List<Claim> read)
    {
        var mentions = fact.Mentions.Where(m => m.Value is not null && read.Any(c => c.OutletId == m.Key))
            .Select(m => (Outlet: m.Key, Gold: m.Value!.Value.Polarity, Claims: read.Where(c => c.OutletId == m.Key).ToList()))
            .OrderBy(m => m.Outlet, StringComparer.Ordinal).ToList();
        for (var i = 0; i < mentions.Count; i++)
        {
            for (var j = i + 1; j < mentions.Count; j++)
            {
                var (a, b) = (mentions[i], mentions[j]);
                var readA = a.Claims.Any(c => c.Slots.Polarity == Polarity.Negated);
                var readB = b.Claims.Any(c => c.Slots.Polarity == Polarity.Negated);
                var text = $"{a.Outlet} {Reading(a.Claims, readA)}: {string.Join(" | ", a.Claims.Select(c => c.Text))} || "
                    + $"{b.Outlet} {Reading(b.Claims, readB)}: {string.Join(" | ", b.Claims.Select(c => c.Text))}";
                ScoreFlag(tally, a.Gold != b.Gold, readA != readB, $"{topic} {fact.Id}", text);
            }
        }
    }

    private static string Reading(List<Claim> claims, bool negated) =>
        negated ? $"negated ('{string.Join("', '", claims.SelectMany(c => c.Slots.Cues).Distinct(StringComparer.Ordinal))}')" : "affirmed";

    private static void ScoreFlag(Tally tally, bool gold, bool read, string where, string text)
    {
        switch (gold, read)
        {
            case (true, true):
                tally.TruePositive();
                break;
            case (true, false):
                tally.FalseNegative($"missed: {where}: {text}");
                break;
            case (false, true):
                tally.FalsePositive($"false find: {where}: {text}");
                break;
        }
    }

    private static void ScoreValues(Tally tally, IReadOnlyList<(string Gold, (DateOnly From, DateOnly To)? Interval)> gold, List<DateMention> read,
        List<(DateOnly From, DateOnly To)> sentenceGold, string where, string text)
    {
        foreach (var (value, interval) in gold)
        {
            if (interval is { } g && read.Any(d => d.From == g.From && d.To == g.To))
            {
                tally.TruePositive();
            }
            else
            {
                var shown = read.Count == 0 ? "none" : string.Join("; ", read.Select(d => $"{d.Text}={d.From:yyyy-MM-dd}..{d.To:yyyy-MM-dd}"));
                tally.FalseNegative($"missed date: {where}: gold {value}, read {shown}: {text}");
            }
        }

        foreach (var d in read)
        {
            if (!sentenceGold.Any(g => g.From == d.From && g.To == d.To))
            {
                tally.FalsePositive($"false date: {where}: read '{d.Text}' as {d.From:yyyy-MM-dd}..{d.To:yyyy-MM-dd}: {text}");
            }
        }
    }

    private static void ScoreFigures(Tally tally, IReadOnlyList<double> gold, List<Quantity> read, List<double> sentenceGold,
        string where, string text)
    {
        static bool Same(double a, double b) => Math.Abs(a - b) <= 1e-6 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));
        foreach (var value in gold)
        {
            if (read.Any(q => Same(q.Value, value)))
            {
                tally.TruePositive();
            }
            else
            {
                var shown = read.Count == 0 ? "none" : string.Join("; ", read.Select(q => $"'{q.Text}'={q.Value.ToString(CultureInfo.InvariantCulture)}"));
                tally.FalseNegative($"missed figure: {where}: gold {value.ToString(CultureInfo.InvariantCulture)}, read {shown}: {text}");
            }
        }

        foreach (var q in read)
        {
            if (!sentenceGold.Any(v => Same(v, q.Value)))
            {
                tally.FalsePositive($"false figure: {where}: read '{q.Text}' as {q.Value.ToString(CultureInfo.InvariantCulture)}: {text}");
            }
        }
    }

    private sealed class Tally
    {
        private int _tp;
        private int _fp;
        private int _fn;

        public List<string> Errors { get; } = [];

        public Score Score => new(_tp, _fp, _fn);

        public void TruePositive() => _tp++;

        public void FalsePositive(string? error)
        {
            _fp++;
            if (error is not null)
            {
                Errors.Add(error);
            }
        }

        public void FalseNegative(string error)
        {
            _fn++;
            Errors.Add(error);
        }
    }
}
