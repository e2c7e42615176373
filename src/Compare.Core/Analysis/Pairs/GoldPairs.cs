using Compare.Core.Corpus;
using Compare.Core.Analysis.Embeddings;

namespace Compare.Core.Analysis.Pairs;

/// <summary>
/// Labelled pairs derived from the gold of the corpus topics that are NOT held out: two outlets' sentences of one
/// fact are <c>same</c> or <c>conflict</c> (with the gold kind); sentences of two different facts of one topic are
/// <c>related</c>: for each sentence, the other outlets' sentences of other facts that the engine would make candidates
/// (the most similar by embedding), the hardest near-misses; sentences of two topics are <c>unrelated</c>. Held-out
/// topics are skipped here by construction. They are written to <c>seeds/pairs/gold.jsonl</c>; the model learns the
/// unrelated ones as they are, and the others through the contrast pairs made from them and, in their story context,
/// through <see cref="StoryPairs"/> (<see cref="PairTrainer.StatementPairs"/>).
/// </summary>
public static class GoldPairs
{
    /// <summary>Different-fact sentences per sentence and other outlet taken as related pairs.</summary>
    public const int RelatedPerOutlet = 2;

    /// <summary>Pairs of every non-held-out topic, or of those <paramref name="include"/> accepts (cross-validation).</summary>
    public static Task<IReadOnlyList<TrainingPair>> DeriveAsync(
        CorpusCatalog catalog, ITextEmbedder embedder, CancellationToken cancellationToken, Func<CorpusTopic, bool>? include = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return DeriveAsync([.. catalog.Topics.Where(t => include is null || include(t))], embedder, cancellationToken);
    }

    /// <summary>Pairs of the given topics (corpus topics and training stories alike); held-out topics are skipped.</summary>
    public static async Task<IReadOnlyList<TrainingPair>> DeriveAsync(
        IReadOnlyList<CorpusTopic> topicsToUse, ITextEmbedder embedder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(topicsToUse);
        ArgumentNullException.ThrowIfNull(embedder);
        var result = new List<TrainingPair>();
        var topics = topicsToUse.Where(t => !t.HeldOut).ToList();
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

            var vectors = await embedder.EmbedAsync([.. sentences.Select(x => x.Text)], cancellationToken).ConfigureAwait(false);
            var related = new HashSet<(int, int)>();
            for (var i = 0; i < sentences.Count; i++)
            {
                foreach (var outlet in sentences.Select(x => x.Outlet).Distinct(StringComparer.Ordinal).Where(o => o != sentences[i].Outlet))
                {
                    foreach (var j in Enumerable.Range(0, sentences.Count)
                        .Where(j => sentences[j].Outlet == outlet && sentences[j].Fact.Id != sentences[i].Fact.Id)
                        .OrderByDescending(j => VectorMath.Cosine(vectors[i], vectors[j]))
                        .Take(RelatedPerOutlet))
                    {
                        related.Add((Math.Min(i, j), Math.Max(i, j)));
                    }
                }
            }

            foreach (var (i, j) in related.Order())
            {
                var (a, b) = (sentences[i], sentences[j]);
                result.Add(new TrainingPair($"gold-{topic.Id}-{a.Fact.Id}{a.Outlet}-{b.Fact.Id}{b.Outlet}-related", a.Text, b.Text, PairRelation.Related, null, "gold"));
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
