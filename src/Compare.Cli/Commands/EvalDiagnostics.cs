using System.Globalization;
using Compare.Core.Analysis;
using Compare.Core.Analysis.Embeddings;
using Compare.Core.Analysis.Engine;
using Compare.Core.Analysis.Evaluation;
using Compare.Core.Analysis.Pairs;
using Compare.Core.Corpus;

namespace Compare.Cli.Commands;

/// <summary>
/// Tuning aids of <c>compare eval</c>: <c>--explain</c> lists the engine's errors on the non-held-out topics (never on a
/// held-out one); <c>--loto</c> scores each non-held-out topic with a pair model trained without that topic's gold
/// (leave one topic out), which the shipped model, trained on all of them, cannot show.
/// </summary>
internal static class EvalDiagnostics
{
    public static async Task ExplainAsync(ComparisonEngine engine, CorpusCatalog catalog, TextWriter output, CancellationToken cancellationToken)
    {
        foreach (var topic in catalog.Topics.Where(t => !t.HeldOut))
        {
            var comparison = await engine.CompareAsync(CorpusEvaluator.StoryOf(catalog, topic), [.. catalog.Outlets.Select(o => o.Outlet)], null, cancellationToken);
            await output.WriteLineAsync($"=== {topic.Id}");
            foreach (var line in GoldDiagnostics.Explain(topic, comparison))
            {
                await output.WriteLineAsync(line);
            }
        }
    }

    public static async Task LeaveOneTopicOutAsync(
        IClaimExtractor extractor, CorpusCatalog catalog, string handPath, (bool Explain, string? Perturb) options, TextWriter output,
        CancellationToken cancellationToken)
    {
        var (explain, perturb) = options;
        var keep = perturb is null ? null : PairTrainer.LeaveOutOnePercent(perturb);
        var hand = TrainingPairFile.Read(handPath);
        using var embedder = new MiniLmEmbedder();
        var cached = new CachedTextEmbedder(embedder, new InMemoryEmbeddingCache());
        var scores = new List<TopicScore>();
        var stories = TrainingStories.Load(TrainingStories.FolderBeside(catalog.Root));
        var folds = catalog.Topics.Where(t => !t.HeldOut).Concat(stories).ToList();
        Dictionary<string, IReadOnlyList<StoryPair>>? storyPairs = null;
        foreach (var topic in folds)
        {
            // COMPARE_LOTO_CACHE names a folder that keeps the fold models between runs, for tuning what comes after the judge;
            // a perturbed fold model is kept under its own name.
            var cacheDir = Environment.GetEnvironmentVariable("COMPARE_LOTO_CACHE");
            var cacheFile = string.IsNullOrEmpty(cacheDir) ? null
                : Path.Combine(cacheDir, perturb is null ? $"loto-{topic.Id}.zip" : $"loto-{topic.Id}-perturb-{Uri.EscapeDataString(perturb)}.zip");
            byte[] model;
            if (cacheFile is not null && File.Exists(cacheFile))
            {
                model = await File.ReadAllBytesAsync(cacheFile, cancellationToken);
            }
            else
            {
                var gold = await GoldPairs.DeriveAsync([.. folds.Where(t => t.Id != topic.Id)], cached, cancellationToken);
                if (storyPairs is null)
                {
                    storyPairs = new Dictionary<string, IReadOnlyList<StoryPair>>(StringComparer.Ordinal);
                    foreach (var s in StoryPairs.Stories(catalog, stories))
                    {
                        storyPairs[s.Topic.Id] = await StoryPairs.DeriveAsync([s], extractor, cached, cancellationToken);
                    }
                }

                var inContext = folds.Where(t => t.Id != topic.Id).SelectMany(t => storyPairs[t.Id]).ToList();
                var statements = PairTrainer.StatementPairs(hand, gold, ContrastPairs.Make(gold.Concat(hand)));
                (_, model) = await new PairTrainer(extractor, cached).TrainAsync(statements, inContext, cancellationToken, validate: false, keep: keep);
                if (cacheFile is not null)
                {
                    Directory.CreateDirectory(cacheDir!);
                    await File.WriteAllBytesAsync(cacheFile, model, cancellationToken);
                }
            }

            using var stream = new MemoryStream(model);
            var judge = PairJudge.Load(stream);
            var engine = new ComparisonEngine(extractor, cached, judge, TimeProvider.System);
            var story = stories.Contains(topic) ? TrainingStories.StoryOf(topic, catalog.Outlets) : CorpusEvaluator.StoryOf(catalog, topic);
            var comparison = await engine.CompareAsync(story, [.. catalog.Outlets.Select(o => o.Outlet)], null, cancellationToken);
            var score = GoldScorer.Score(topic, comparison);
            scores.Add(score);
            await output.WriteLineAsync(Line(score));
            if (explain)
            {
                var order = comparison.Articles.Select((a, k) => (a.ArticleId, k)).ToDictionary(x => x.ArticleId, x => x.k, StringComparer.Ordinal);
                var claims = comparison.Clusters.SelectMany(c => c.Claims).DistinctBy(c => c.Id)
                    .OrderBy(c => order[c.ArticleId]).ThenBy(c => c.SentenceIndex).ToList();
                var vectors = await cached.EmbedAsync([.. claims.Select(c => c.Text)], cancellationToken);
                var inStory = judge.InStory(claims, vectors);
                foreach (var line in GoldDiagnostics.Explain(topic, comparison, (a, b) => inStory(a, b) is var v ? (v.PSameFact, (float)v.Cosine) : default))
                {
                    await output.WriteLineAsync(line);
                }
            }
        }

        var corpusScores = scores.Where(s => !stories.Any(t => t.Id == s.Topic)).ToList();
        await output.WriteLineAsync(Line(TopicScore.Sum("loto-corpus", false, corpusScores)));
        if (corpusScores.Count < scores.Count)
        {
            await output.WriteLineAsync(Line(TopicScore.Sum("loto-training", false, scores.Except(corpusScores))));
            await output.WriteLineAsync(Line(TopicScore.Sum("loto-all", false, scores)));
        }
    }

    private static string Line(TopicScore t) => string.Create(CultureInfo.InvariantCulture,
        $"{t.Topic,-26} align F1 {t.Alignment.F1:0.00} (P {t.Alignment.Precision:0.00} R {t.Alignment.Recall:0.00})  diff F1 {t.Difference.F1:0.00} "
        + $"(P {t.Difference.Precision:0.00} R {t.Difference.Recall:0.00})  kind {t.KindAccuracy:0.00}  omit F1 {t.Omission.F1:0.00} "
        + $"(P {t.Omission.Precision:0.00} R {t.Omission.Recall:0.00})");
}
