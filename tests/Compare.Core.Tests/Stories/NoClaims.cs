using Compare.Core.Analysis;
using Compare.Core.Domain;

namespace Compare.Core.Tests.Stories;

/// <summary>An extractor that finds nothing: grouping must work from embeddings and words alone, without actors or dates.</summary>
internal sealed class NoClaims : IClaimExtractor
{
    public IReadOnlyList<Claim> Extract(Article article) => [];
}
