using Compare.Core.Domain;

namespace Compare.Core.Analysis;

/// <summary>Turns an article into its claims: segmented sentences that state checkable facts, with typed slots.</summary>
public interface IClaimExtractor
{
    /// <summary>The claims of <paramref name="article"/> in text order; offsets point into <see cref="Article.Text"/>.</summary>
    IReadOnlyList<Claim> Extract(Article article);
}
