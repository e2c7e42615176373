using Compare.Server.Grpc.Mapping;
using Compare.Storage.CrawlRuns;
using Proto = Compare.Protos.V1;

namespace Compare.Server.Grpc.Crawls;

internal static class CrawlRunMapping
{
    public static Proto.CrawlRun ToProto(
        string id, Proto.CrawlRunStatus status, IReadOnlyList<string> outletIds, DateTimeOffset startedAt, DateTimeOffset? finishedAt, CrawlCounts c, string error) => new()
    {
        Id = id,
        Status = status,
        OutletIds = { outletIds },
        StartedAt = Timestamps.From(startedAt),
        FinishedAt = Timestamps.FromOrNull(finishedAt),
        Fetched = c.Fetched,
        NotModified = c.NotModified + c.Unchanged,
        NewArticles = c.New,
        Revised = c.Revised,
        Duplicates = c.Duplicates,
        SkippedByRobots = c.SkippedByRobots,
        Errors = c.Errors,
        Error = error,
    };

    /// <summary>A run of the store (a scheduled one): finished or still running; the store keeps no failure state.</summary>
    public static Proto.CrawlRun ToProto(CrawlRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var status = run.FinishedAt is null ? Proto.CrawlRunStatus.Running : Proto.CrawlRunStatus.Succeeded;
        return ToProto(run.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), status, run.OutletIds, run.StartedAt, run.FinishedAt, run.Counts, string.Empty);
    }
}
