using Compare.Core.Domain;

namespace Compare.Core.Analysis.Pairs;

/// <summary>
/// Trains the pair model from labelled pairs: every statement is read by the claim extractor and embedded, features
/// computed, a model trained on 80% and validated on 20% (split by a hash of the pair id), then the shipped model
/// trained on all pairs. Fixed seed and one thread: the same pairs give the same model.
/// </summary>
public sealed class PairTrainer(IClaimExtractor extractor, ITextEmbedder embedder)
{
    public async Task<(PairTrainingReport Report, byte[] Model)> TrainAsync(IReadOnlyList<TrainingPair> pairs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var texts = pairs.SelectMany(p => new[] { p.A, p.B }).Distinct(StringComparer.Ordinal).ToList();
        var vectors = await embedder.EmbedAsync(texts, cancellationToken).ConfigureAwait(false);
        var vectorOf = texts.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => vectors[x.i], StringComparer.Ordinal);
        var claimOf = new Dictionary<string, Claim>(StringComparer.Ordinal);
        Claim ClaimOf(string text)
        {
            if (!claimOf.TryGetValue(text, out var c))
            {
                c = TextClaims.FromText(extractor, text, "t" + claimOf.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                claimOf[text] = c;
            }

            return c;
        }

        var rows = pairs.Select(p => (Pair: p, Row: new PairRow
        {
            Features = PairFeatures.Compute(ClaimOf(p.A), ClaimOf(p.B), Embeddings.VectorMath.Cosine(vectorOf[p.A], vectorOf[p.B])),
            Label = p.Relation is PairRelation.Same or PairRelation.Conflict,
        })).ToList();

        var validation = rows.Where(r => InValidation(r.Pair.Id)).ToList();
        var training = rows.Where(r => !InValidation(r.Pair.Id)).ToList();
        var trial = PairJudge.FromModel(PairModel.Train([.. training.Select(r => r.Row)]));
        var (tp, fp, fn, right, kindRight, kindTotal) = (0, 0, 0, 0, 0, 0);
        foreach (var (pair, _) in validation)
        {
            var a = ClaimOf(pair.A);
            var b = ClaimOf(pair.B);
            var verdict = trial.Judge(a, b, Embeddings.VectorMath.Cosine(vectorOf[pair.A], vectorOf[pair.B]));
            var goldSame = pair.Relation is PairRelation.Same or PairRelation.Conflict;
            var predSame = verdict.Relation is PairRelation.Same or PairRelation.Conflict;
            tp += goldSame && predSame ? 1 : 0;
            fp += !goldSame && predSame ? 1 : 0;
            fn += goldSame && !predSame ? 1 : 0;
            right += verdict.Relation == pair.Relation ? 1 : 0;
            if (pair.Relation == PairRelation.Conflict && verdict.Relation == PairRelation.Conflict && pair.Kind is { } kind)
            {
                kindTotal++;
                kindRight += verdict.Differences.Any(d => d.Kind == kind) ? 1 : 0;
            }
        }

        var final = PairModel.Train([.. rows.Select(r => r.Row)]);
        using var buffer = new MemoryStream();
        final.Save(buffer);
        var report = new PairTrainingReport(
            training.Count,
            validation.Count,
            pairs.GroupBy(p => p.Source, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
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
}
