namespace Compare.Core.Domain;

/// <summary>A check-worthy sentence of one article, with its typed slots.</summary>
/// <param name="Id">Unique within a comparison: <c>{ArticleId}#{SentenceIndex}</c>.</param>
/// <param name="ArticleId">The article it comes from.</param>
/// <param name="OutletId">The outlet that published the article.</param>
/// <param name="Url">The article's canonical URL.</param>
/// <param name="SentenceIndex">Index of the sentence in the article.</param>
/// <param name="Text">The sentence as it appears in <see cref="Article.Text"/>.</param>
/// <param name="Start">Character offset of the sentence in <see cref="Article.Text"/>.</param>
/// <param name="Length">Length of the sentence in characters.</param>
/// <param name="CheckWorthiness">0..1: how much the sentence states a checkable fact (1 = figures, dates, named actors).</param>
/// <param name="Slots">Quantities, dates, entities, polarity, attribution and certainty found in it.</param>
public sealed record Claim(
    string Id,
    string ArticleId,
    string OutletId,
    Uri Url,
    int SentenceIndex,
    string Text,
    int Start,
    int Length,
    double CheckWorthiness,
    ClaimSlots Slots);
