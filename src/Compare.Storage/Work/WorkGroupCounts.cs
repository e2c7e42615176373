using Compare.Storage.CrawlRuns;

namespace Compare.Storage.Work;

/// <summary>Where a run's items of one group stand, whoever processed them.</summary>
/// <param name="Group">The group (an outlet id).</param>
/// <param name="Pending">Enqueued, never claimed or given back.</param>
/// <param name="Leased">Claimed and not completed (an expired lease counts here until someone claims the item again).</param>
/// <param name="Done">Completed.</param>
/// <param name="Failed">Completed with an error.</param>
/// <param name="Counts">Sum of the completed items' counts.</param>
/// <param name="Errors">The first errors, in enqueue order (at most <see cref="MaxListedErrors"/>).</param>
public sealed record WorkGroupCounts(string Group, int Pending, int Leased, int Done, int Failed, CrawlCounts Counts, IReadOnlyList<WorkError> Errors)
{
    public const int MaxListedErrors = 50;

    public int Total => Pending + Leased + Done;
}
