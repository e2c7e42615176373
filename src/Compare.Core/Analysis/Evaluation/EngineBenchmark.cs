using System.Diagnostics;
using Compare.Core.Analysis.Engine;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Evaluation;

/// <summary>
/// Raw MiniLM throughput and the engine's end-to-end throughput measured in the same process on new text, then the
/// same text again (served by the embedding cache), and the peak working set.
/// </summary>
public sealed class EngineBenchmark(ITextEmbedder rawEmbedder, ComparisonEngine engine, TimeProvider time)
{
    public async Task<BenchReport> RunAsync(int sentences, int stories, int seed, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        progress?.Report("warming up");
        await rawEmbedder.EmbedAsync(SyntheticStories.Sentences(64, seed + 1), cancellationToken).ConfigureAwait(false);

        var raw = SyntheticStories.Sentences(sentences, seed + 2);
        progress?.Report($"embedding {raw.Count} sentences");
        var start = time.GetTimestamp();
        await rawEmbedder.EmbedAsync(raw, cancellationToken).ConfigureAwait(false);
        var rawSeconds = time.GetElapsedTime(start).TotalSeconds;

        var corpus = SyntheticStories.Make(stories, 5, seed + 3);
        progress?.Report($"comparing {corpus.Count} stories");
        var (firstSeconds, claims) = await RunStoriesAsync(corpus, cancellationToken).ConfigureAwait(false);
        progress?.Report("comparing them again");
        var (secondSeconds, _) = await RunStoriesAsync(corpus, cancellationToken).ConfigureAwait(false);

        using var process = Process.GetCurrentProcess();
        return new BenchReport(raw.Count, rawSeconds, claims, firstSeconds, secondSeconds, process.PeakWorkingSet64 / 1024.0 / 1024.0);
    }

    private async Task<(double Seconds, int Claims)> RunStoriesAsync(IReadOnlyList<Story> stories, CancellationToken cancellationToken)
    {
        var start = time.GetTimestamp();
        var claims = 0;
        foreach (var story in stories)
        {
            var comparison = await engine.CompareAsync(story, [], null, cancellationToken).ConfigureAwait(false);
            claims += comparison.Articles.Sum(a => a.Claims);
        }

        return (time.GetElapsedTime(start).TotalSeconds, claims);
    }
}
