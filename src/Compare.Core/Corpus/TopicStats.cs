using Compare.Core.Domain;

namespace Compare.Core.Corpus;

/// <summary>Counts for one corpus topic.</summary>
/// <param name="Topic">Topic id.</param>
/// <param name="HeldOut">Whether the engine is never tuned on it.</param>
/// <param name="Outlets">Outlet ids covering it.</param>
/// <param name="Articles">Number of articles.</param>
/// <param name="Words">Words of the article bodies.</param>
/// <param name="Facts">Gold facts.</param>
/// <param name="DifferingFacts">Facts on which some outlets differ.</param>
/// <param name="FactsOmittedBySome">Facts that at least one outlet leaves out.</param>
/// <param name="Omissions">(fact, outlet) pairs where the outlet leaves the fact out.</param>
/// <param name="UniqueFacts">Facts stated by one outlet only.</param>
/// <param name="DifferencesByKind">Number of facts differing on each kind.</param>
public sealed record TopicStats(
    string Topic,
    bool HeldOut,
    IReadOnlyList<string> Outlets,
    int Articles,
    int Words,
    int Facts,
    int DifferingFacts,
    int FactsOmittedBySome,
    int Omissions,
    int UniqueFacts,
    IReadOnlyDictionary<DifferenceKind, int> DifferencesByKind)
{
    public static TopicStats Compute(CorpusCatalog catalog, CorpusTopic topic)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(topic);
        var gold = topic.Gold;
        var words = gold.Articles.Sum(a => CorpusPage.Load(Path.Combine(topic.Folder, a.File), catalog.Outlet(a.Outlet)).BodyWords);
        return new TopicStats(
            topic.Id,
            topic.HeldOut,
            gold.Outlets,
            gold.Articles.Count,
            words,
            gold.Facts.Count,
            gold.Facts.Count(f => f.Differ),
            gold.Facts.Count(f => f.OmittedBy.Count > 0),
            gold.Facts.Sum(f => f.OmittedBy.Count),
            gold.Facts.Count(f => f.MentionedBy.Count == 1),
            Enum.GetValues<DifferenceKind>().ToDictionary(k => k, k => gold.Facts.Count(f => f.Differences.Any(d => d.Kind == k))));
    }
}
