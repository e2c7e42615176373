using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Compare.Core.Analysis.Embeddings;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Pairs;

/// <summary>
/// Trains the pair model from labelled pairs: free-standing statements (hand-written and contrast pairs) are read by the
/// claim extractor, embedded and judged without a story around them; pairs read from whole stories
/// (<see cref="StoryPairs"/>) bring their claims and story context. Features are computed, a model trained on 80% and
/// validated on 20% (split by a hash of the pair id), then the shipped model trained on all pairs. Fixed seed and one
/// thread: the same pairs give the same model.
/// </summary>
public sealed class PairTrainer(IClaimExtractor extractor, ITextEmbedder embedder)
{
    /// <summary>
    /// The statement pairs trained on without a story: the hand-written ones, the contrast pairs (made from them and from
    /// the gold pairs by <see cref="ContrastPairs.Make"/>), and the gold's pairs of two stories (unrelated). The gold's
    /// pairs within one story are learned from <see cref="StoryPairs"/> instead, in their context; on leave-one-topic-out
    /// that beat learning them alone too (difference F1 0.56 → 0.59, omission F1 0.69 → 0.71).
    /// </summary>
    public static IReadOnlyList<TrainingPair> StatementPairs(
        IReadOnlyList<TrainingPair> handWritten, IReadOnlyList<TrainingPair> gold, IReadOnlyList<TrainingPair> contrast)
    {
        ArgumentNullException.ThrowIfNull(handWritten);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(contrast);
        return [.. handWritten, .. gold.Where(p => p.Relation == PairRelation.Unrelated), .. contrast];
    }

    /// <summary>
    /// The pairs a perturbed training keeps (<c>compare eval --loto --perturb SALT</c>): all but about one in a hundred,
    /// those whose SHA-256 hash of <paramref name="salt"/> and the pair id, read as a 16-bit number, is a multiple of 100.
    /// Each salt leaves out another 1%, so that how far the scores move with no change to the engine can be measured.
    /// </summary>
    public static Func<string, bool> LeaveOutOnePercent(string salt)
    {
        ArgumentException.ThrowIfNullOrEmpty(salt);
        return id => BinaryPrimitives.ReadUInt16BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(salt + id))) % 100 != 0;
    }

    /// <summary>
    /// Trains a model on <paramref name="pairs"/> (judged alone) and <paramref name="storyPairs"/>, read in their story, or
    /// alone when <paramref name="inStory"/> is false: the model of <see cref="PairJudge.Statements"/>. Without
    /// <paramref name="validate"/> no trial model is trained on 80% of the pairs and the report gives no validation scores
    /// (leave one topic out, which scores each model on the story it left out instead).
    /// <paramref name="keep"/>, given a pair id, says whether to train on the pair (all pairs when null); the report's
    /// count of pairs by source is taken before any pair is left out.
    /// </summary>
    public async Task<(PairTrainingReport Report, byte[] Model)> TrainAsync(
        IReadOnlyList<TrainingPair> pairs, IReadOnlyList<StoryPair> storyPairs, CancellationToken cancellationToken, bool inStory = true,
        bool validate = true, Func<string, bool>? keep = null)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(storyPairs);
        var texts = pairs.SelectMany(p => new[] { p.A, p.B }).Distinct(StringComparer.Ordinal).ToList();
        var vectors = await embedder.EmbedAsync(texts, cancellationToken).ConfigureAwait(false);
        var vectorOf = texts.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => vectors[x.i], StringComparer.Ordinal);
        var claimOf = new Dictionary<string, ClaimProfile>(StringComparer.Ordinal);
        ClaimProfile ProfileOf(string text)
        {
            if (!claimOf.TryGetValue(text, out var c))
            {
                c = new ClaimProfile(TextClaims.FromText(extractor, text, "t" + claimOf.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                claimOf[text] = c;
            }

            return c;
        }

        var examples = pairs
            .Select(p => new Example(p.Id, ProfileOf(p.A), ProfileOf(p.B), VectorMath.Cosine(vectorOf[p.A], vectorOf[p.B]), StoryContext.None, p.Relation, p.Kind))
            .Concat(storyPairs.Select(p => new Example(p.Id, new ClaimProfile(p.A), new ClaimProfile(p.B), p.Cosine,
                inStory ? [.. p.Context] : StoryContext.None, p.Relation, p.Kind)))
            .Where(e => keep is null || keep(e.Id))
            .ToList();
        var rows = examples.Select(e => (Example: e, Row: new PairRow
        {
            Features = PairFeatures.Compute(e.A, e.B, e.Cosine, e.Context),
            Label = e.Relation is PairRelation.Same or PairRelation.Conflict,
        })).ToList();

        var validation = validate ? rows.Where(r => InValidation(r.Example.Id)).ToList() : [];
        var training = validate ? rows.Where(r => !InValidation(r.Example.Id)).ToList() : rows;
        var (tp, fp, fn, right, kindRight, kindTotal) = (0, 0, 0, 0, 0, 0);
        var trial = validate ? PairJudge.FromModel(PairModel.Train([.. training.Select(r => r.Row)])) : null;
        if (trial is not null)
        {
            foreach (var (e, _) in validation)
            {
                var verdict = trial.Judge(e.A, e.B, e.Cosine, e.Context);
                var goldSame = e.Relation is PairRelation.Same or PairRelation.Conflict;
                var predSame = verdict.Relation is PairRelation.Same or PairRelation.Conflict;
                tp += goldSame && predSame ? 1 : 0;
                fp += !goldSame && predSame ? 1 : 0;
                fn += goldSame && !predSame ? 1 : 0;
                right += verdict.Relation == e.Relation ? 1 : 0;
                if (e.Relation == PairRelation.Conflict && verdict.Relation == PairRelation.Conflict && e.Kind is { } kind)
                {
                    kindTotal++;
                    kindRight += verdict.Differences.Any(d => d.Kind == kind) ? 1 : 0;
                }
            }
        }

        var final = PairModel.Train([.. rows.Select(r => r.Row)]);
        using var buffer = new MemoryStream();
        final.Save(buffer);
        var report = new PairTrainingReport(
            training.Count,
            validation.Count,
            pairs.GroupBy(p => p.Source, StringComparer.Ordinal)
                .Select(g => (Source: g.Key, Count: g.Count()))
                .Append((Source: "story", Count: storyPairs.Count))
                .Where(g => g.Count > 0)
                .ToDictionary(g => g.Source, g => g.Count, StringComparer.Ordinal),
            Ratio(right, validation.Count),
            Ratio(tp, tp + fp),
            Ratio(tp, tp + fn),
            Ratio(kindRight, kindTotal));
        return (report, buffer.ToArray());
    }

    private static bool InValidation(string id)
    {
        var h = 23;
        foreach (var c in id)
        {
            h = unchecked((h * 37) + c);
        }

        return (h & int.MaxValue) % 5 == 0;
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private sealed record Example(string Id, ClaimProfile A, ClaimProfile B, float Cosine, float[] Context, PairRelation Relation, DifferenceKind? Kind);
}
