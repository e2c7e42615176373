namespace Compare.Core.Corpus;

/// <summary>The gold labels of one corpus topic (<c>seeds/corpus/&lt;topic&gt;/gold.json</c>).</summary>
/// <param name="Topic">Topic id, equal to its folder name.</param>
/// <param name="Title">Human title of the story.</param>
/// <param name="Kind">Kind of event (city budget vote, industrial accident, ...).</param>
/// <param name="Articles">One article per outlet: the outlet id and the HTML file name in the topic folder.</param>
/// <param name="Facts">The facts, each with what every outlet states of it.</param>
public sealed record GoldTopic(string Topic, string Title, string Kind, IReadOnlyList<GoldArticleRef> Articles, IReadOnlyList<GoldFact> Facts)
{
    /// <summary>Outlet ids of the topic in the order of <see cref="Articles"/>.</summary>
    public IReadOnlyList<string> Outlets => Articles.Select(a => a.Outlet).ToList();
}
