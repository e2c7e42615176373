using System.Text.RegularExpressions;
using Compare.Core.Analysis;
using Compare.Core.Domain;

namespace Compare.Server.Tests;

/// <summary>A stand-in claim extractor for host tests: every sentence of 6+ words is a claim with no slots.</summary>
internal sealed partial class SentenceExtractor : IClaimExtractor
{
    public IReadOnlyList<Claim> Extract(Article article)
    {
        var claims = new List<Claim>();
        var index = 0;
        foreach (Match m in Sentence().Matches(article.Text))
        {
            var text = m.Value.Trim();
            if (text.Split(' ').Length >= 6)
            {
                var start = m.Index + (m.Value.Length - m.Value.TrimStart().Length);
                claims.Add(new Claim($"{article.Id}#{index}", article.Id, article.OutletId, article.CanonicalUrl, index, text, start, text.Length, 0.5, ClaimSlots.Empty));
            }

            index++;
        }

        return claims;
    }

    [GeneratedRegex(@"[^.!?\n]+[.!?]?", RegexOptions.CultureInvariant)]
    private static partial Regex Sentence();
}
