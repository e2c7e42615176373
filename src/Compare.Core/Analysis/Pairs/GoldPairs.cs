using Compare.Core.Corpus;
using FuzzySharp;

namespace Compare.Core.Analysis.Pairs;

/// <summary>
/// Labelled pairs derived from the gold of the corpus topics that are NOT held out: two outlets' sentences of one
/// fact are <c>same</c> or <c>conflict</c> (with the gold kind); sentences of two different facts of one topic are
/// <c>related</c> (the two most word-alike per sentence, the hardest near-misses); sentences of two topics are
/// <c>unrelated</c>. Held-out topics are skipped here by construction.
/// </summary>
public static class GoldPairs
{
    public static IReadOnlyList<TrainingPair> Derive(CorpusCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var result = new List<TrainingPair>();
        var topics = catalog.Topics.Where(t => !t.HeldOut).ToList();
        foreach (var topic in topics)
        {
            var sentences = topic.Gold.Facts
                .SelectMany(f => f.Mentions.Where(m => m.Value is not null)
                    .SelectMany(m => m.Value!.Sentences.Select(s => (Fact: f, Outlet: m.Key, Text: s))))
                .ToList();
            foreach (var fact in topic.Gold.Facts)
            {
                var mentioning = fact.MentionedBy;
                for (var x = 0; x < mentioning.Count; x++)
                {
                    for (var y = x + 1; y < mentioning.Count; y++)
                    {
                        var kinds = fact.KindsBetween(mentioning[x], mentioning[y]);
                        var sa = fact.Mentions[mentioning[x]]!.Sentences;
                        var sb = fact.Mentions[mentioning[y]]!.Sentences;
                        for (var i = 0; i < sa.Count; i++)
                        {
                            for (var j = 0; j < sb.Count; j++)
                            {
                                result.Add(new TrainingPair($"gold-{topic.Id}-{fact.Id}-{mentioning[x]}{i}-{mentioning[y]}{j}", sa[i], sb[j],
                                    kinds.Count > 0 ? PairRelation.Conflict : PairRelation.Same, kinds.Count > 0 ? kinds[0] : null, "gold"));
                            }
                        }
                    }
                }
            }

            foreach (var s in sentences)
            {
                foreach (var other in sentences
                    .Where(o => o.Fact.Id != s.Fact.Id && o.Outlet != s.Outlet && string.CompareOrdinal(o.Text, s.Text) > 0)
                    .Select(o => (o, score: Fuzz.TokenSetRatio(s.Text.ToLowerInvariant(), o.Text.ToLowerInvariant())))
                    .OrderByDescending(x => x.score)
                    .ThenBy(x => x.o.Text, StringComparer.Ordinal)
                    .Take(2))
                {
                    result.Add(new TrainingPair($"gold-{topic.Id}-{s.Fact.Id}{s.Outlet}-{other.o.Fact.Id}{other.o.Outlet}-related", s.Text, other.o.Text,
                        PairRelation.Related, null, "gold"));
                }
            }
        }

        // Unrelated: each topic's sentences against another topic's, in a fixed interleaving.
        for (var t = 0; t < topics.Count; t++)
        {
            var a = FirstSentences(topics[t]);
            var b = FirstSentences(topics[(t + 1) % topics.Count]);
            for (var i = 0; i < Math.Min(a.Count, b.Count); i += 2)
            {
                result.Add(new TrainingPair($"gold-{topics[t].Id}-x-{i}-unrelated", a[i], b[(i * 7) % b.Count], PairRelation.Unrelated, null, "gold"));
            }
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return result.Select(p => seen.TryGetValue(p.Id, out var n) ? p with { Id = $"{p.Id}-{seen[p.Id] = n + 1}" } : Keep(seen, p)).ToList();
    }

    private static TrainingPair Keep(Dictionary<string, int> seen, TrainingPair p)
    {
        seen[p.Id] = 1;
        return p;
    }

    private static List<string> FirstSentences(CorpusTopic topic) =>
        topic.Gold.Facts.SelectMany(f => f.Mentions.Values.Where(m => m is not null).Take(1).Select(m => m!.Sentences[0])).ToList();
}
