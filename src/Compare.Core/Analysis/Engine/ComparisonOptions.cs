using Compare.Core.Analysis.Alignment;
using Compare.Core.Analysis.Findings;

namespace Compare.Core.Analysis.Engine;

/// <summary>Options of <see cref="ComparisonEngine"/>.</summary>
public sealed record ComparisonOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Comparison";

    /// <summary>Claims embedded per call to the embedder (default 64; the MiniLM embedder runs them in batches of 32).</summary>
    public int EmbeddingChunk { get; init; } = 64;

    public AlignmentOptions Alignment { get; init; } = new();

    public FindingOptions Findings { get; init; } = new();
}
