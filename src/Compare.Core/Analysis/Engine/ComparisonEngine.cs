using System.Globalization;
using Compare.Core.Analysis.Alignment;
using Compare.Core.Analysis.Findings;
using Compare.Core.Analysis.Pairs;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Engine;

/// <summary>
/// Compares the articles of one story: claims → embeddings → candidate pairs → pair judgements → clusters across
/// outlets → findings. Pure: no network, no database; the same articles give the same comparison.
/// </summary>
public sealed class ComparisonEngine(IClaimExtractor extractor, ITextEmbedder embedder, PairJudge judge, TimeProvider time, ComparisonOptions? options = null)
{
    /// <summary>Version of the analysis, printed in method notes.</summary>
    public const string Version = "1.0";

    private readonly ComparisonOptions _options = options ?? new ComparisonOptions();
    private readonly JudgementCache _judgements = new((options ?? new ComparisonOptions()).JudgementCacheSize);
    private readonly ExtractionCache _extracted = new((options ?? new ComparisonOptions()).ExtractionCacheSize);

    public async Task<Comparison> CompareAsync(
        Story story, IReadOnlyList<Outlet> outlets, IProgress<ComparisonProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(outlets);
        var (articles, notes) = StoryInput.Clean(story.Articles);
        var noteList = notes.ToList();

        // Articles are read on all cores (the extractor is pure), each once per engine (ExtractionCache); what they give is
        // taken in article order.
        progress?.Report(new ComparisonProgress(ComparisonStage.Segmenting, 0, articles.Count, $"segmenting {articles.Count} articles"));
        var extracted = new (IReadOnlyList<Claim> Claims, Exception? Error)[articles.Count];
        Parallel.For(0, articles.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            try
            {
                extracted[i] = (_extracted.GetOrAdd(articles[i], extractor), null);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                extracted[i] = ([], ex);
            }
        });

        var claims = new List<Claim>();
        var claimsPerArticle = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            var (found, error) = extracted[i];
            if (error is not null)
            {
                // One unreadable article must not cost the comparison of the others.
                noteList.Add($"Article {articles[i].CanonicalUrl} ({articles[i].OutletId}) could not be read ({error.GetType().Name}: {error.Message}); left out.");
            }

            claimsPerArticle[articles[i].Id] = found.Count;
            if (found.Count == 0 && !noteList.Any(n => n.Contains(articles[i].CanonicalUrl.ToString(), StringComparison.Ordinal)))
            {
                noteList.Add($"Article {articles[i].CanonicalUrl} ({articles[i].OutletId}) states no checkable claim; left out.");
            }

            claims.AddRange(found);
        }

        progress?.Report(new ComparisonProgress(ComparisonStage.Segmenting, articles.Count, articles.Count, $"{claims.Count} claims"));
        var vectors = await EmbedAsync(claims, progress, cancellationToken).ConfigureAwait(false);

        progress?.Report(new ComparisonProgress(ComparisonStage.Aligning, 0, 1, "matching claims across outlets"));
        var scores = new PairScores(claims, vectors, judge, _judgements);
        var groups = new ClaimAligner(_options.Alignment).Align(scores, cancellationToken);
        progress?.Report(new ComparisonProgress(ComparisonStage.Aligning, 1, 1, $"{groups.Count} facts, {scores.Judged} pairs judged"));

        progress?.Report(new ComparisonProgress(ComparisonStage.Classifying, 0, groups.Count, "judging facts"));
        var outletList = story.OutletIds
            .Select(id => outlets.FirstOrDefault(o => o.Id == id) ?? new Outlet(id, id, new Uri("https://" + id + ".invalid/"), "en"))
            .ToList();
        var covering = claims.Select(c => c.OutletId).Distinct(StringComparer.Ordinal).ToList();
        var (clusters, findings) = new FindingBuilder(_options.Findings).Build(scores, groups, covering,
            id => outletList.FirstOrDefault(o => o.Id == id)?.Name ?? id);
        var agreement = PairAgreementCounter.Count(covering, findings);
        progress?.Report(new ComparisonProgress(ComparisonStage.Classifying, groups.Count, groups.Count, $"{findings.Count} findings"));

        var compared = articles.Select(a => new ComparedArticle(a.Id, a.OutletId, outletList.First(o => o.Id == a.OutletId).Name,
            a.CanonicalUrl, a.Title, a.PublishedAt, claimsPerArticle[a.Id])).ToList();
        var method = new ComparisonMethod(Version, embedder.ModelName, PairJudge.ModelName, [.. MethodNotes(claims.Count, scores.Judged), .. noteList]);
        progress?.Report(new ComparisonProgress(ComparisonStage.Done, 1, 1, "done"));
        return new Comparison(story.Id, story.Label, time.GetUtcNow(), outletList, compared, clusters, findings, agreement, method);
    }

    private async Task<IReadOnlyList<float[]>> EmbedAsync(List<Claim> claims, IProgress<ComparisonProgress>? progress, CancellationToken cancellationToken)
    {
        var vectors = new List<float[]>(claims.Count);
        var chunk = Math.Max(1, _options.EmbeddingChunk);
        progress?.Report(new ComparisonProgress(ComparisonStage.Embedding, 0, claims.Count, "embedding claims"));
        for (var start = 0; start < claims.Count; start += chunk)
        {
            var texts = claims.Skip(start).Take(chunk).Select(c => c.Text).ToList();
            vectors.AddRange(await embedder.EmbedAsync(texts, cancellationToken).ConfigureAwait(false));
            progress?.Report(new ComparisonProgress(ComparisonStage.Embedding, vectors.Count, claims.Count, "embedding claims"));
        }

        return vectors;
    }

    private List<string> MethodNotes(int claims, int judged)
    {
        var a = _options.Alignment;
        return
        [
            $"{claims} claims were embedded with {embedder.ModelName}; each claim's {a.TopK} most similar claims of every other outlet "
                + $"(cosine ≥ {a.MinCandidateCosine.ToString(CultureInfo.InvariantCulture)}) became candidate pairs ({judged} pairs judged, never all pairs).",
            "Each candidate pair was judged by a model trained on labelled pairs (embedding cosine, fuzzy token ratios, shared words and entities, "
                + "agreement of figures, dates, polarity, attribution and certainty, and whether each is the other's closest sentence in the other outlet, "
                + "how alike their neighbouring sentences are, how rare in the story their shared words are and where each stands in its article): its score is the probability that both state the same fact.",
            $"Claims were matched one-to-one per outlet pair (maximum-weight matching, P ≥ {a.MatchThreshold.ToString(CultureInfo.InvariantCulture)}) and merged into facts "
                + $"only while every fact stayed consistent; a second sentence of an outlet joins a fact when it restates it (P ≥ {a.RestateThreshold.ToString(CultureInfo.InvariantCulture)}). "
                + $"Two sentences with rival figures of one kind that are each other's most similar between their articles (cosine ≥ {a.RivalFigureMinCosine.ToString(CultureInfo.InvariantCulture)}) "
                + $"count as P ≥ {a.RivalFigureScore.ToString(CultureInfo.InvariantCulture)} for matching and merging.",
            "Within a fact, outlets differ when their figures differ beyond rounding (±10% when one is approximate), their dates do not overlap, "
                + "they name another actor, one denies what the other affirms, they credit different sources, or one hedges what the other asserts.",
            "Confidence is the mean probability of the fact's cross-outlet pairs; salience weighs how many outlets state a fact and how check-worthy it is.",
        ];
    }
}
