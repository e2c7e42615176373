using Compare.Core.Analysis;
using Compare.Core.Domain;

namespace Compare.Core.Tests.Analysis.Engine;

/// <summary>
/// A test extractor: every paragraph of an article is one claim, with the slots written by hand for that sentence
/// (offsets relative to the sentence, shifted here to the article), so engine tests do not depend on the parsers.
/// </summary>
internal sealed class HandClaimExtractor(IReadOnlyDictionary<string, ClaimSlots> slots) : IClaimExtractor
{
    public IReadOnlyList<Claim> Extract(Article article)
    {
        var claims = new List<Claim>();
        var start = 0;
        foreach (var paragraph in article.Text.Split("\n\n"))
        {
            var at = article.Text.IndexOf(paragraph, start, StringComparison.Ordinal);
            start = at + paragraph.Length;
            if (paragraph.Trim().Length == 0)
            {
                continue;
            }

            var s = slots.TryGetValue(paragraph, out var found) ? Shift(found, at) : ClaimSlots.Empty;
            claims.Add(new Claim($"{article.Id}#{claims.Count}", article.Id, article.OutletId, article.CanonicalUrl, claims.Count, paragraph, at,
                paragraph.Length, 0.8, s));
        }

        return claims;
    }

    private static ClaimSlots Shift(ClaimSlots s, int by) => s with
    {
        Quantities = [.. s.Quantities.Select(q => q with { Start = q.Start + by })],
        Dates = [.. s.Dates.Select(d => d with { Start = d.Start + by })],
        Entities = [.. s.Entities.Select(e => e with { Start = e.Start + by })],
    };
}
