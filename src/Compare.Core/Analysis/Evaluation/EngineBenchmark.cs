using System.Diagnostics;
using Compare.Core.Analysis.Engine;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Evaluation;

/// <summary>
/// Raw MiniLM throughput and the engine's end-to-end throughput measured in the same process on new text (in
/// alternating rounds), then the same text again (served by the caches), and the peak working set.
/// </summary>
public sealed class EngineBenchmark(ITextEmbedder rawEmbedder, ComparisonEngine engine, TimeProvider time)
{
    /// <summary>Rounds in which raw and end-to-end runs alternate, so a change in machine load hits both alike.</summary>
    public const int Rounds = 4;

    public async Task<BenchReport> RunAsync(int sentences, int stories, int seed, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        progress?.Report("warming up");
        await rawEmbedder.EmbedAsync(SyntheticStories.Sentences(64, seed + 1), cancellationToken).ConfigureAwait(false);
        await engine.CompareAsync(SyntheticStories.Make(1, 5, seed + 4)[0], [], null, cancellationToken).ConfigureAwait(false);

        var raw = SyntheticStories.Sentences(sentences, seed + 2);
        var corpus = SyntheticStories.Make(stories, 5, seed + 3);
        var (rawSeconds, firstSeconds, embeddingSeconds, aligningSeconds, claims) = (0.0, 0.0, 0.0, 0.0, 0);
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        for (var round = 0; round < Rounds; round++)
        {
            var rawPart = raw.Where((_, i) => i % Rounds == round).ToList();
            var storyPart = corpus.Where((_, i) => i % Rounds == round).ToList();
            progress?.Report($"round {round + 1} of {Rounds}: embedding {rawPart.Count} sentences");
            var start = time.GetTimestamp();
            await rawEmbedder.EmbedAsync(rawPart, cancellationToken).ConfigureAwait(false);
            rawSeconds += time.GetElapsedTime(start).TotalSeconds;
            progress?.Report($"round {round + 1} of {Rounds}: comparing {storyPart.Count} stories");
            var (seconds, embedding, aligning, count) = await RunStoriesAsync(storyPart, distinct, cancellationToken).ConfigureAwait(false);
            firstSeconds += seconds;
            embeddingSeconds += embedding;
            aligningSeconds += aligning;
            claims += count;
        }

        progress?.Report("comparing them again");
        var (secondSeconds, _, _, _) = await RunStoriesAsync(corpus, null, cancellationToken).ConfigureAwait(false);

        using var process = Process.GetCurrentProcess();
        return new BenchReport(raw.Count, rawSeconds, claims, firstSeconds, secondSeconds, process.PeakWorkingSet64 / 1024.0 / 1024.0, distinct.Count,
            embeddingSeconds, aligningSeconds);
    }

    private async Task<(double Seconds, double EmbeddingSeconds, double AligningSeconds, int Claims)> RunStoriesAsync(
        IReadOnlyList<Story> stories, HashSet<string>? texts, CancellationToken cancellationToken)
    {
        var elapsed = TimeSpan.Zero;
        var clock = new StageClock(time);
        var claims = 0;
        foreach (var story in stories)
        {
            var start = time.GetTimestamp();
            var comparison = await engine.CompareAsync(story, [], clock, cancellationToken).ConfigureAwait(false);
            elapsed += time.GetElapsedTime(start);
            claims += comparison.Articles.Sum(a => a.Claims);
            texts?.UnionWith(comparison.Clusters.SelectMany(c => c.Claims).Select(c => c.Text));
        }

        return (elapsed.TotalSeconds, clock[ComparisonStage.Embedding].TotalSeconds, clock[ComparisonStage.Aligning].TotalSeconds, claims);
    }

    /// <summary>
    /// Sums the time each comparison spends in each stage: from a stage's first report to the first report of the next.
    /// Reports arrive on the engine's thread as they are made (unlike <see cref="Progress{T}"/>, which posts them), so the
    /// times are the stages'.
    /// </summary>
    private sealed class StageClock(TimeProvider time) : IProgress<ComparisonProgress>
    {
        private readonly Dictionary<ComparisonStage, TimeSpan> _spent = [];
        private (ComparisonStage Stage, long Start)? _current;

        public TimeSpan this[ComparisonStage stage] => _spent.GetValueOrDefault(stage);

        public void Report(ComparisonProgress value)
        {
            if (_current is { } current && current.Stage == value.Stage)
            {
                return;
            }

            var now = time.GetTimestamp();
            if (_current is { } previous)
            {
                _spent[previous.Stage] = this[previous.Stage] + time.GetElapsedTime(previous.Start, now);
            }

            _current = value.Stage == ComparisonStage.Done ? null : (value.Stage, now);
        }
    }
}
