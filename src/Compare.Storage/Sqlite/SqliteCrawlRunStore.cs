using System.Globalization;
using Compare.Storage.CrawlRuns;

namespace Compare.Storage.Sqlite;

internal sealed class SqliteCrawlRunStore(SqliteDatabase database) : ICrawlRunStore
{
    public async Task<long> StartAsync(IReadOnlyList<string> outletIds, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outletIds);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(
                connection, "INSERT INTO crawl_runs(started_at, outlet_ids) VALUES ($s, $o) RETURNING id;");
            command.Parameters.AddWithValue("$s", SqliteValues.Time(startedAt));
            command.Parameters.AddWithValue("$o", string.Join(' ', outletIds));
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }
    }

    public async Task FinishAsync(long runId, CrawlCounts counts, DateTimeOffset finishedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(
                connection,
                "UPDATE crawl_runs SET finished_at = $f, fetched = $a, not_modified = $b, new_articles = $c, revised = $d, unchanged = $e, " +
                "duplicates = $g, skipped_by_robots = $h, errors = $i WHERE id = $id;");
            command.Parameters.AddWithValue("$f", SqliteValues.Time(finishedAt));
            command.Parameters.AddWithValue("$a", counts.Fetched);
            command.Parameters.AddWithValue("$b", counts.NotModified);
            command.Parameters.AddWithValue("$c", counts.New);
            command.Parameters.AddWithValue("$d", counts.Revised);
            command.Parameters.AddWithValue("$e", counts.Unchanged);
            command.Parameters.AddWithValue("$g", counts.Duplicates);
            command.Parameters.AddWithValue("$h", counts.SkippedByRobots);
            command.Parameters.AddWithValue("$i", counts.Errors);
            command.Parameters.AddWithValue("$id", runId);
            if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                throw new KeyNotFoundException($"no crawl run {runId} in {database.Path}");
            }
        }
    }

    public async Task<IReadOnlyList<CrawlRun>> ListRecentAsync(int limit, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(
                connection,
                "SELECT id, started_at, finished_at, outlet_ids, fetched, not_modified, new_articles, revised, unchanged, duplicates, " +
                "skipped_by_robots, errors FROM crawl_runs ORDER BY id DESC LIMIT $l;");
            command.Parameters.AddWithValue("$l", Math.Max(0, limit));
            var list = new List<CrawlRun>();
            var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (r.ConfigureAwait(false))
            {
                while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    list.Add(new CrawlRun(
                        r.GetInt64(0),
                        SqliteValues.ReadTime(r, 1),
                        SqliteValues.ReadTimeOrNull(r, 2),
                        r.GetString(3).Split(' ', StringSplitOptions.RemoveEmptyEntries),
                        new CrawlCounts(r.GetInt32(4), r.GetInt32(5), r.GetInt32(6), r.GetInt32(7), r.GetInt32(8), r.GetInt32(9), r.GetInt32(10), r.GetInt32(11))));
                }
            }

            return list;
        }
    }
}
