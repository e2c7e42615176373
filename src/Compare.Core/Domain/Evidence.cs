namespace Compare.Core.Domain;

/// <summary>A sentence that supports a finding, with where to check it.</summary>
/// <param name="OutletId">The outlet.</param>
/// <param name="ArticleId">The article.</param>
/// <param name="Url">The article's URL.</param>
/// <param name="Sentence">The sentence as it appears in the article.</param>
/// <param name="Start">Character offset of the sentence in the article's text.</param>
/// <param name="Length">Length of the sentence in characters.</param>
public sealed record Evidence(string OutletId, string ArticleId, Uri Url, string Sentence, int Start, int Length);
