using Compare.Storage.CrawlRuns;

namespace Compare.Storage.Work;

/// <summary>Builds <see cref="WorkRunCounts"/> from rows per group and state (0 pending, 1 leased, 2 done), as both stores read them.</summary>
internal static class WorkCounting
{
    public static WorkRunCounts Build(
        IEnumerable<(string Group, int State, int Items, int Failed, CrawlCounts Counts)> rows, IEnumerable<(string Group, WorkError Error)> errors)
    {
        var errorsByGroup = errors.GroupBy(e => e.Group, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Error).Take(WorkGroupCounts.MaxListedErrors).ToList(), StringComparer.Ordinal);
        var groups = rows.GroupBy(r => r.Group, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new WorkGroupCounts(
                g.Key,
                g.Where(r => r.State == 0).Sum(r => r.Items),
                g.Where(r => r.State == 1).Sum(r => r.Items),
                g.Where(r => r.State == 2).Sum(r => r.Items),
                g.Where(r => r.State == 2).Sum(r => r.Failed),
                g.Where(r => r.State == 2).Aggregate(CrawlCounts.Zero, (sum, r) => sum.Add(r.Counts)),
                errorsByGroup.GetValueOrDefault(g.Key) ?? []))
            .ToList();
        return new WorkRunCounts(groups);
    }
}
