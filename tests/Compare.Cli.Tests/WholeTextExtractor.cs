using Compare.Core.Analysis;
using Compare.Core.Domain;

namespace Compare.Cli.Tests;

/// <summary>A stand-in extractor for command tests: the whole text is one claim with no slots.</summary>
internal sealed class WholeTextExtractor : IClaimExtractor
{
    public IReadOnlyList<Claim> Extract(Article article) =>
        string.IsNullOrWhiteSpace(article.Text)
            ? []
            : [new Claim(article.Id + "#0", article.Id, article.OutletId, article.CanonicalUrl, 0, article.Text, 0, article.Text.Length, 0.5, ClaimSlots.Empty)];
}
