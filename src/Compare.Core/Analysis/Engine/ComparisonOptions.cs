using System.ComponentModel.DataAnnotations;
using Compare.Core.Analysis.Alignment;
using Compare.Core.Analysis.Findings;

namespace Compare.Core.Analysis.Engine;

/// <summary>Options of <see cref="ComparisonEngine"/>.</summary>
public sealed record ComparisonOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Comparison";

    /// <summary>
    /// Claims embedded per call to the embedder (default 256): the embedder sorts a call's texts by length before
    /// batching, so larger calls pad less; progress is reported per call.
    /// </summary>
    [Range(1, 100_000)]
    public int EmbeddingChunk { get; init; } = 256;

    /// <summary>Pair verdicts the engine remembers across comparisons (default 100,000, about 50 MB at most).</summary>
    [Range(1, 10_000_000)]
    public int JudgementCacheSize { get; init; } = 100_000;

    /// <summary>Articles whose claims the engine remembers across comparisons (default 500, about 50 KB each).</summary>
    [Range(1, 1_000_000)]
    public int ExtractionCacheSize { get; init; } = 500;

    public AlignmentOptions Alignment { get; init; } = new();

    public FindingOptions Findings { get; init; } = new();
}
