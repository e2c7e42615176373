namespace Compare.Core.Domain;

/// <summary>Articles of several outlets about one event or topic.</summary>
/// <param name="Id">Stable identifier.</param>
/// <param name="Label">Short human label (salient entities and keywords, or a topic title).</param>
/// <param name="Articles">The articles, at most a few per outlet.</param>
public sealed record Story(string Id, string Label, IReadOnlyList<Article> Articles)
{
    /// <summary>The distinct outlets that cover the story, in first-seen order.</summary>
    public IReadOnlyList<string> OutletIds => Articles.Select(a => a.OutletId).Distinct(StringComparer.Ordinal).ToList();
}
