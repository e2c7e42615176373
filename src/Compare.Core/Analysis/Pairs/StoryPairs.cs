using Compare.Core.Analysis.Alignment;
using Compare.Core.Analysis.Embeddings;
using Compare.Core.Analysis.Engine;
using Compare.Core.Analysis.Evaluation;
using Compare.Core.Corpus;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Pairs;

/// <summary>A labelled pair of claims of one story, with the cosine and story context the engine sees for it.</summary>
/// <param name="Id">Unique id: <c>story-{topic}-{claim}-{claim}</c>.</param>
/// <param name="A">First claim.</param>
/// <param name="B">Second claim, of another outlet.</param>
/// <param name="Cosine">Embedding cosine of the two claims.</param>
/// <param name="Context">The pair's <see cref="StoryContext"/> features.</param>
/// <param name="Relation">Same or conflict when the gold puts both in one fact; related otherwise.</param>
/// <param name="Kind">For a conflict: the first kind on which the gold says the two outlets differ.</param>
public sealed record StoryPair(string Id, Claim A, Claim B, float Cosine, IReadOnlyList<float> Context, PairRelation Relation, DifferenceKind? Kind);

/// <summary>
/// Labelled pairs read from whole stories, as the engine meets them: each article's claims are extracted and embedded
/// as in <see cref="ComparisonEngine"/>, and the candidate pairs the aligner would judge (each claim's most similar
/// claims of every other outlet) are labelled by the gold: true when it puts both in one fact, false otherwise, whether
/// their sentences are in the gold or not. Gold pairs the aligner never judges (most of them far apart in embedding
/// space) are left out: learned alone, they taught the judge that a low cosine with a poor rank means the same fact, as
/// no false pair there said otherwise (leave-one-topic-out over 26 folds: difference F1 0.61 → 0.62, alignment F1 0.73
/// → 0.74). Each pair carries its story context, which the judge reads next to the pair's own features. Held-out topics
/// are skipped here by construction.
/// </summary>
public static class StoryPairs
{
    /// <summary>The non-held-out corpus topics and the training stories, each with its articles as a story.</summary>
    public static IReadOnlyList<(CorpusTopic Topic, Story Story)> Stories(CorpusCatalog catalog, IReadOnlyList<CorpusTopic> trainingStories)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(trainingStories);
        return
        [
            .. catalog.Topics.Where(t => !t.HeldOut).Select(t => (t, CorpusEvaluator.StoryOf(catalog, t))),
            .. trainingStories.Select(t => (t, TrainingStories.StoryOf(t, catalog.Outlets))),
        ];
    }

    public static async Task<IReadOnlyList<StoryPair>> DeriveAsync(
        IReadOnlyList<(CorpusTopic Topic, Story Story)> stories, IClaimExtractor extractor, ITextEmbedder embedder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(embedder);
        var options = new AlignmentOptions();
        var result = new List<StoryPair>();
        foreach (var (topic, story) in stories.Where(s => !s.Topic.HeldOut))
        {
            var claims = StoryInput.Clean(story.Articles).Articles.SelectMany(extractor.Extract).ToList();
            var vectors = await embedder.EmbedAsync([.. claims.Select(c => c.Text)], cancellationToken).ConfigureAwait(false);
            var context = new StoryContext(claims, vectors);
            var map = new GoldSentenceMap(topic.Gold);
            var facts = claims.Select(c => map.Of(c).Select(u => u.Fact).ToHashSet(StringComparer.Ordinal)).ToList();
            var pairs = new SortedSet<(int, int)>(ClaimAligner.Candidates(claims, (i, j) => VectorMath.Cosine(vectors[i], vectors[j]), options));
            foreach (var (i, j) in pairs)
            {
                var (a, b) = (claims[i], claims[j]);
                var fact = topic.Gold.Facts.FirstOrDefault(f => facts[i].Contains(f.Id) && facts[j].Contains(f.Id));
                var kinds = fact?.KindsBetween(a.OutletId, b.OutletId) ?? [];
                var relation = fact is null ? PairRelation.Related : kinds.Count > 0 ? PairRelation.Conflict : PairRelation.Same;
                result.Add(new StoryPair($"story-{topic.Id}-{a.Id}-{b.Id}", a, b, VectorMath.Cosine(vectors[i], vectors[j]), context.Of(i, j),
                    relation, kinds.Count > 0 ? kinds[0] : null));
            }
        }

        return result;
    }
}
