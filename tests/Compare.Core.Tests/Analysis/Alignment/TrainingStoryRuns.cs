using Compare.Core.Analysis;
using Compare.Core.Analysis.Alignment;
using Compare.Core.Analysis.Claims;
using Compare.Core.Analysis.Embeddings;
using Compare.Core.Analysis.Engine;
using Compare.Core.Analysis.Pairs;
using Compare.Core.Corpus;
using Compare.Core.Domain;

namespace Compare.Core.Tests.Analysis.Alignment;

/// <summary>The engine run on one training story of <c>seeds/training</c> with given alignment options, for tests of the aligner's steps.</summary>
internal static class TrainingStoryRuns
{
    public static Story Story(string id)
    {
        var catalog = CorpusCatalog.Load(RepoPaths.Corpus);
        return TrainingStories.StoryOf(TrainingStories.Load(TrainingStories.FolderBeside(catalog.Root)).Single(t => t.Id == id), catalog.Outlets);
    }

    public static async Task<Comparison> CompareAsync(ITextEmbedder embedder, Story story, AlignmentOptions alignment, CancellationToken ct) =>
        await new ComparisonEngine(new ClaimExtractor(), new CachedTextEmbedder(embedder, new InMemoryEmbeddingCache()), PairJudge.Default,
            TimeProvider.System, new ComparisonOptions { Alignment = alignment }).CompareAsync(story, [], null, ct);

    /// <summary>Whether the finding's evidence holds <paramref name="sentence"/>.</summary>
    public static bool Holds(Finding finding, string sentence) => finding.Evidence.Any(e => e.Sentence == sentence);
}
