using Compare.Storage.CrawlRuns;
using Proto = Compare.Protos.V1;

namespace Compare.Server.Grpc.Crawls;

/// <summary>A crawl started through the API, as it goes: queued, running (with counts so far), then finished. Thread-safe.</summary>
internal sealed class TrackedRun(string id, IReadOnlyList<string> outletIds, DateTimeOffset queuedAt)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, CrawlCounts> _perOutlet = new(StringComparer.Ordinal);
    private Proto.CrawlRunStatus _status = Proto.CrawlRunStatus.Queued;
    private DateTimeOffset _startedAt = queuedAt;
    private DateTimeOffset? _finishedAt;
    private CrawlCounts? _totals;
    private string _error = string.Empty;

    public string Id { get; } = id;

    public bool IsFinished
    {
        get
        {
            lock (_gate)
            {
                return _finishedAt is not null;
            }
        }
    }

    public void Progress(string outletId, CrawlCounts counts, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_status == Proto.CrawlRunStatus.Queued)
            {
                (_status, _startedAt) = (Proto.CrawlRunStatus.Running, now);
            }

            _perOutlet[outletId] = counts;
        }
    }

    public void Finish(Proto.CrawlRunStatus status, CrawlCounts? totals, string error, DateTimeOffset now)
    {
        lock (_gate)
        {
            (_status, _totals, _error, _finishedAt) = (status, totals, error, now);
        }
    }

    public Proto.CrawlRun ToProto()
    {
        lock (_gate)
        {
            var counts = _totals ?? _perOutlet.Values.Aggregate(CrawlCounts.Zero, (sum, c) => sum.Add(c));
            return CrawlRunMapping.ToProto(Id, _status, outletIds, _startedAt, _finishedAt, counts, _error);
        }
    }
}
