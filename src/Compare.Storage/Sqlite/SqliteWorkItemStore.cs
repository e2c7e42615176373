using Compare.Storage.CrawlRuns;
using Compare.Storage.Work;
using Microsoft.Data.Sqlite;

namespace Compare.Storage.Sqlite;

/// <summary>
/// The work queue in SQLite: every claim is one UPDATE statement, and SQLite runs one writer at a time, so two claimers (two
/// processes on one file included) never get the same item. Lease times come from the store's clock.
/// </summary>
internal sealed class SqliteWorkItemStore(SqliteDatabase database, TimeProvider time) : IWorkItemStore
{
    public async Task<int> EnqueueAsync(string runKey, WorkKind kind, IReadOnlyList<WorkItemSpec> items, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(runKey);
        ArgumentNullException.ThrowIfNull(items);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = connection.BeginTransaction(deferred: false);
            await using (transaction.ConfigureAwait(false))
            {
                using var insert = SqliteValues.Command(
                    connection,
                    "INSERT INTO work_items(run_key, kind, item_key, grp, payload, enqueued_at, seq) VALUES ($r, $k, $i, $g, $p, $t, $s) " +
                    "ON CONFLICT (run_key, kind, item_key) DO NOTHING;",
                    transaction);
                var key = insert.Parameters.Add("$i", SqliteType.Text);
                var group = insert.Parameters.Add("$g", SqliteType.Text);
                var payload = insert.Parameters.Add("$p", SqliteType.Text);
                var seq = insert.Parameters.Add("$s", SqliteType.Integer);
                insert.Parameters.AddWithValue("$r", runKey);
                insert.Parameters.AddWithValue("$k", (int)kind);
                insert.Parameters.AddWithValue("$t", SqliteValues.Time(time.GetUtcNow()));
                var added = 0;
                foreach (var (item, index) in items.Select((item, index) => (item, index + 1)))
                {
                    (key.Value, group.Value, payload.Value, seq.Value) = (item.Key, item.Group, item.Payload, index);
                    added += await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return added;
            }
        }
    }

    public async Task<IReadOnlyList<WorkItem>> ClaimAsync(WorkClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var now = time.GetUtcNow();
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(
                connection,
                "UPDATE work_items SET state = 1, owner = $o, lease_until = $u, attempts = attempts + 1 WHERE id IN (" +
                "SELECT id FROM work_items WHERE kind = $k AND ($r IS NULL OR run_key = $r) " +
                "AND (state = 0 OR (state = 1 AND lease_until < $now)) ORDER BY seq, id LIMIT $n) " +
                "RETURNING id, run_key, kind, item_key, grp, payload, attempts;");
            command.Parameters.AddWithValue("$o", claim.Owner);
            command.Parameters.AddWithValue("$u", SqliteValues.Time(now + claim.Lease));
            command.Parameters.AddWithValue("$k", (int)claim.Kind);
            command.Parameters.AddWithValue("$r", SqliteValues.OrNull(claim.RunKey));
            command.Parameters.AddWithValue("$now", SqliteValues.Time(now));
            command.Parameters.AddWithValue("$n", Math.Max(0, claim.Limit));
            var items = new List<WorkItem>();
            var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (r.ConfigureAwait(false))
            {
                while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    items.Add(new WorkItem(r.GetInt64(0), r.GetString(1), (WorkKind)r.GetInt32(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetInt32(6)));
                }
            }

            items.Sort((a, b) => a.Id.CompareTo(b.Id));
            return items;
        }
    }

    public async Task<int> RenewAsync(string owner, IReadOnlyCollection<long> ids, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return 0;
        }

        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(
                connection,
                "UPDATE work_items SET lease_until = $u WHERE state = 1 AND owner = $o AND id IN (SELECT value FROM json_each($ids));");
            command.Parameters.AddWithValue("$u", SqliteValues.Time(time.GetUtcNow() + lease));
            command.Parameters.AddWithValue("$o", owner);
            command.Parameters.AddWithValue("$ids", "[" + string.Join(',', ids) + "]");
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<bool> CompleteAsync(long id, string owner, WorkOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var c = outcome.Counts;
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(
                connection,
                "UPDATE work_items SET state = 2, owner = NULL, lease_until = NULL, finished_at = $f, fetched = $a, not_modified = $b, " +
                "new_articles = $c, revised = $d, unchanged = $e, duplicates = $g, skipped_by_robots = $h, errors = $i, error = $err " +
                "WHERE id = $id AND state = 1 AND owner = $o;");
            command.Parameters.AddWithValue("$f", SqliteValues.Time(time.GetUtcNow()));
            command.Parameters.AddWithValue("$a", c.Fetched);
            command.Parameters.AddWithValue("$b", c.NotModified);
            command.Parameters.AddWithValue("$c", c.New);
            command.Parameters.AddWithValue("$d", c.Revised);
            command.Parameters.AddWithValue("$e", c.Unchanged);
            command.Parameters.AddWithValue("$g", c.Duplicates);
            command.Parameters.AddWithValue("$h", c.SkippedByRobots);
            command.Parameters.AddWithValue("$i", c.Errors);
            command.Parameters.AddWithValue("$err", SqliteValues.OrNull(outcome.Error));
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$o", owner);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }
    }

    public async Task<bool> ReleaseAsync(long id, string owner, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(
                connection, "UPDATE work_items SET state = 0, owner = NULL, lease_until = NULL WHERE id = $id AND state = 1 AND owner = $o;");
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$o", owner);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }
    }

    public async Task<WorkRunCounts> CountAsync(string runKey, WorkKind kind, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = new List<(string Group, int State, int Items, int Failed, CrawlCounts Counts)>();
            using (var command = SqliteValues.Command(
                connection,
                "SELECT grp, state, COUNT(*), SUM(error IS NOT NULL), SUM(fetched), SUM(not_modified), SUM(new_articles), SUM(revised), " +
                "SUM(unchanged), SUM(duplicates), SUM(skipped_by_robots), SUM(errors) FROM work_items WHERE run_key = $r AND kind = $k " +
                "GROUP BY grp, state;"))
            {
                command.Parameters.AddWithValue("$r", runKey);
                command.Parameters.AddWithValue("$k", (int)kind);
                var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (r.ConfigureAwait(false))
                {
                    while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        rows.Add((r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), new CrawlCounts(
                            r.GetInt32(4), r.GetInt32(5), r.GetInt32(6), r.GetInt32(7), r.GetInt32(8), r.GetInt32(9), r.GetInt32(10), r.GetInt32(11))));
                    }
                }
            }

            var errors = new List<(string Group, WorkError Error)>();
            using (var command = SqliteValues.Command(
                connection,
                "SELECT grp, item_key, error FROM (SELECT grp, item_key, error, id, ROW_NUMBER() OVER (PARTITION BY grp ORDER BY id) AS n " +
                "FROM work_items WHERE run_key = $r AND kind = $k AND state = 2 AND error IS NOT NULL) WHERE n <= $max ORDER BY id;"))
            {
                command.Parameters.AddWithValue("$r", runKey);
                command.Parameters.AddWithValue("$k", (int)kind);
                command.Parameters.AddWithValue("$max", WorkGroupCounts.MaxListedErrors);
                var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (r.ConfigureAwait(false))
                {
                    while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        errors.Add((r.GetString(0), new WorkError(r.GetString(1), r.GetString(2))));
                    }
                }
            }

            return WorkCounting.Build(rows, errors);
        }
    }
}
