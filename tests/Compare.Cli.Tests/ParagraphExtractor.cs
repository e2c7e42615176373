using Compare.Core.Analysis;
using Compare.Core.Domain;

namespace Compare.Cli.Tests;

/// <summary>A stand-in extractor for command tests: every paragraph is one claim with no slots.</summary>
internal sealed class ParagraphExtractor : IClaimExtractor
{
    public IReadOnlyList<Claim> Extract(Article article)
    {
        var claims = new List<Claim>();
        var start = 0;
        foreach (var paragraph in article.Text.Split("\n\n"))
        {
            var at = article.Text.IndexOf(paragraph, start, StringComparison.Ordinal);
            start = at + paragraph.Length;
            if (!string.IsNullOrWhiteSpace(paragraph))
            {
                claims.Add(new Claim($"{article.Id}#{claims.Count}", article.Id, article.OutletId, article.CanonicalUrl, claims.Count, paragraph, at,
                    paragraph.Length, 0.5, ClaimSlots.Empty));
            }
        }

        return claims;
    }
}
