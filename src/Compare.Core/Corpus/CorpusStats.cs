using Compare.Core.Domain;

namespace Compare.Core.Corpus;

/// <summary>Counts over the demo corpus: what <c>compare corpus stats</c> prints.</summary>
public sealed record CorpusStats(IReadOnlyList<TopicStats> Topics)
{
    public int Articles => Topics.Sum(t => t.Articles);

    public int Words => Topics.Sum(t => t.Words);

    public int Facts => Topics.Sum(t => t.Facts);

    public int DifferingFacts => Topics.Sum(t => t.DifferingFacts);

    public int FactsOmittedBySome => Topics.Sum(t => t.FactsOmittedBySome);

    public int Omissions => Topics.Sum(t => t.Omissions);

    public IReadOnlyDictionary<DifferenceKind, int> DifferencesByKind =>
        Enum.GetValues<DifferenceKind>().ToDictionary(k => k, k => Topics.Sum(t => t.DifferencesByKind[k]));

    public static CorpusStats Compute(CorpusCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new CorpusStats(catalog.Topics.Select(t => TopicStats.Compute(catalog, t)).ToList());
    }
}
