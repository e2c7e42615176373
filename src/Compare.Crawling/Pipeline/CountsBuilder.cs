using Compare.Storage.CrawlRuns;

namespace Compare.Crawling.Pipeline;

/// <summary>Thread-safe counters of one outlet's crawl, and its first errors.</summary>
internal sealed class CountsBuilder
{
    private const int MaxListedErrors = 50;
    private readonly Lock _lock = new();
    private readonly List<CrawlError> _errors = [];
    private int _fetched, _notModified, _new, _revised, _unchanged, _duplicates, _skipped, _errorCount;

    public void Fetched() => Interlocked.Increment(ref _fetched);

    public void NotModified() => Interlocked.Increment(ref _notModified);

    public void New() => Interlocked.Increment(ref _new);

    public void Revised() => Interlocked.Increment(ref _revised);

    public void Unchanged() => Interlocked.Increment(ref _unchanged);

    public void Duplicate() => Interlocked.Increment(ref _duplicates);

    public void SkippedByRobots() => Interlocked.Increment(ref _skipped);

    public void Error(string url, string message)
    {
        Interlocked.Increment(ref _errorCount);
        lock (_lock)
        {
            if (_errors.Count < MaxListedErrors)
            {
                _errors.Add(new CrawlError(url, message));
            }
        }
    }

    public IReadOnlyList<CrawlError> Errors
    {
        get
        {
            lock (_lock)
            {
                return _errors.ToList();
            }
        }
    }

    public CrawlCounts Snapshot() => new(
        Volatile.Read(ref _fetched), Volatile.Read(ref _notModified), Volatile.Read(ref _new), Volatile.Read(ref _revised),
        Volatile.Read(ref _unchanged), Volatile.Read(ref _duplicates), Volatile.Read(ref _skipped), Volatile.Read(ref _errorCount));
}
