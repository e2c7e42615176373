using Compare.Core.Domain;

namespace Compare.Core.Analysis.Pairs;

/// <summary>
/// A free-standing statement (a line of <c>compare pairs</c>, a training pair) as one claim: the extractor reads it as
/// a one-paragraph article; when it splits it into several sentences their slots are pooled, and when it finds no
/// claim the statement keeps empty slots, so every statement can be judged.
/// </summary>
public static class TextClaims
{
    public static Claim FromText(IClaimExtractor extractor, string text, string id, DateTimeOffset? publishedAt = null)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(text);
        var url = new Uri("https://pairs.invalid/" + Uri.EscapeDataString(id));
        var article = new Article(id, "statement", url, string.Empty, null, publishedAt, null, "en", text);
        var claims = extractor.Extract(article);
        var slots = claims.Count switch
        {
            0 => ClaimSlots.Empty,
            1 => claims[0].Slots,
            _ => new ClaimSlots(
                [.. claims.SelectMany(c => c.Slots.Quantities)],
                [.. claims.SelectMany(c => c.Slots.Dates)],
                [.. claims.SelectMany(c => c.Slots.Entities)],
                claims.Any(c => c.Slots.Polarity == Polarity.Negated) ? Polarity.Negated : Polarity.Affirmed,
                claims.Select(c => c.Slots.Attribution).FirstOrDefault(a => a is not null),
                claims.Any(c => c.Slots.Certainty == Certainty.Hedged) ? Certainty.Hedged : Certainty.Asserted,
                [.. claims.SelectMany(c => c.Slots.Cues)]),
        };
        var worth = claims.Count == 0 ? 0 : claims.Max(c => c.CheckWorthiness);
        return new Claim(id + "#0", id, "statement", url, 0, text, 0, text.Length, worth, slots);
    }
}
