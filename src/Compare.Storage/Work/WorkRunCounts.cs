using Compare.Storage.CrawlRuns;

namespace Compare.Storage.Work;

/// <summary>Where a run's items of one kind stand, per group.</summary>
public sealed record WorkRunCounts(IReadOnlyList<WorkGroupCounts> Groups)
{
    /// <summary>A run without items.</summary>
    public static WorkRunCounts Empty { get; } = new([]);

    public int Pending => Groups.Sum(g => g.Pending);

    public int Leased => Groups.Sum(g => g.Leased);

    public int Done => Groups.Sum(g => g.Done);

    public int Failed => Groups.Sum(g => g.Failed);

    /// <summary>True when every item of the run is completed (or it has none).</summary>
    public bool Finished => Pending + Leased == 0;

    public CrawlCounts Counts => Groups.Aggregate(CrawlCounts.Zero, (sum, g) => sum.Add(g.Counts));

    /// <summary>The counts of one group, or an empty entry.</summary>
    public WorkGroupCounts For(string group) =>
        Groups.FirstOrDefault(g => g.Group == group) ?? new WorkGroupCounts(group, 0, 0, 0, 0, CrawlCounts.Zero, []);
}
