using Compare.Storage.CrawlRuns;

namespace Compare.Storage.Postgres;

internal sealed class PostgresCrawlRunStore(PostgresDatabase database) : ICrawlRunStore
{
    public async Task<long> StartAsync(IReadOnlyList<string> outletIds, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outletIds);
        var ids = await database.QueryAsync(
            "INSERT INTO crawl_runs(started_at, outlet_ids) VALUES (@s, @o) RETURNING id;",
            p =>
            {
                p.AddTime("s", startedAt);
                p.AddTextArray("o", outletIds);
            },
            r => r.GetInt64(0),
            cancellationToken).ConfigureAwait(false);
        return ids[0];
    }

    public async Task FinishAsync(long runId, CrawlCounts counts, DateTimeOffset finishedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var updated = await database.ExecuteAsync(
            "UPDATE crawl_runs SET finished_at = @f, fetched = @a, not_modified = @b, new_articles = @c, revised = @d, unchanged = @e, " +
            "duplicates = @g, skipped_by_robots = @h, errors = @i WHERE id = @id;",
            p =>
            {
                p.AddTime("f", finishedAt);
                p.AddInt("a", counts.Fetched);
                p.AddInt("b", counts.NotModified);
                p.AddInt("c", counts.New);
                p.AddInt("d", counts.Revised);
                p.AddInt("e", counts.Unchanged);
                p.AddInt("g", counts.Duplicates);
                p.AddInt("h", counts.SkippedByRobots);
                p.AddInt("i", counts.Errors);
                p.AddBigint("id", runId);
            },
            cancellationToken).ConfigureAwait(false);
        if (updated == 0)
        {
            throw new KeyNotFoundException($"no crawl run {runId} in {database.Name}");
        }
    }

    public async Task<IReadOnlyList<CrawlRun>> ListRecentAsync(int limit, CancellationToken cancellationToken) =>
        await database.QueryAsync(
            "SELECT id, started_at, finished_at, outlet_ids, fetched, not_modified, new_articles, revised, unchanged, duplicates, " +
            "skipped_by_robots, errors FROM crawl_runs ORDER BY id DESC LIMIT @l;",
            p => p.AddInt("l", Math.Max(0, limit)),
            r => new CrawlRun(
                r.GetInt64(0),
                PostgresValues.ReadTime(r, 1),
                PostgresValues.ReadTimeOrNull(r, 2),
                PostgresValues.ReadTextArray(r, 3),
                new CrawlCounts(r.GetInt32(4), r.GetInt32(5), r.GetInt32(6), r.GetInt32(7), r.GetInt32(8), r.GetInt32(9), r.GetInt32(10),
                    r.GetInt32(11))),
            cancellationToken).ConfigureAwait(false);
}
