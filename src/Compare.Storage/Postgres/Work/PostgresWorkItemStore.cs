using Compare.Storage.CrawlRuns;
using Compare.Storage.Work;
using Npgsql;
using NpgsqlTypes;

namespace Compare.Storage.Postgres.Work;

/// <summary>
/// The work queue in PostgreSQL: a claim locks the oldest claimable rows with <c>FOR UPDATE SKIP LOCKED</c>, so concurrent
/// claimers pass over each other's rows instead of waiting or taking the same ones. Leases run on the database's clock.
/// </summary>
internal sealed class PostgresWorkItemStore(PostgresDatabase database) : IWorkItemStore
{
    public async Task<int> EnqueueAsync(string runKey, WorkKind kind, IReadOnlyList<WorkItemSpec> items, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(runKey);
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return 0;
        }

        await using var command = (await database.ReadyAsync(cancellationToken).ConfigureAwait(false)).CreateCommand(
            "INSERT INTO work_items(run_key, kind, item_key, grp, payload, seq) " +
            "SELECT $1, $2, k, g, p, n FROM unnest($3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS t(k, g, p, n) " +
            "ON CONFLICT ON CONSTRAINT work_items_run_item DO NOTHING;");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = runKey });
        command.Parameters.Add(new NpgsqlParameter<short> { TypedValue = (short)kind });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = items.Select(i => i.Key).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = items.Select(i => i.Group).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = items.Select(i => i.Payload).ToArray() });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<WorkItem>> ClaimAsync(WorkClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        await using var command = (await database.ReadyAsync(cancellationToken).ConfigureAwait(false)).CreateCommand(
            "UPDATE work_items w SET state = 1, owner = $1, lease_until = clock_timestamp() + $2, attempts = w.attempts + 1 " +
            "FROM (SELECT id FROM work_items WHERE kind = $3 AND ($4::text IS NULL OR run_key = $4) " +
            "AND (state = 0 OR (state = 1 AND lease_until < clock_timestamp())) ORDER BY seq, id LIMIT $5 FOR UPDATE SKIP LOCKED) c " +
            "WHERE w.id = c.id RETURNING w.id, w.run_key, w.kind, w.item_key, w.grp, w.payload, w.attempts;");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = claim.Owner });
        command.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = claim.Lease });
        command.Parameters.Add(new NpgsqlParameter<short> { TypedValue = (short)claim.Kind });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)claim.RunKey ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = Math.Max(0, claim.Limit) });
        var items = new List<WorkItem>();
        await using (var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                items.Add(new WorkItem(r.GetInt64(0), r.GetString(1), (WorkKind)r.GetInt16(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetInt32(6)));
            }
        }

        items.Sort((a, b) => a.Id.CompareTo(b.Id));
        return items;
    }

    public async Task<int> RenewAsync(string owner, IReadOnlyCollection<long> ids, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return 0;
        }

        await using var command = (await database.ReadyAsync(cancellationToken).ConfigureAwait(false)).CreateCommand(
            "UPDATE work_items SET lease_until = clock_timestamp() + $1 WHERE state = 1 AND owner = $2 AND id = ANY($3);");
        command.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = lease });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = owner });
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = ids.ToArray() });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> CompleteAsync(long id, string owner, WorkOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var c = outcome.Counts;
        await using var command = (await database.ReadyAsync(cancellationToken).ConfigureAwait(false)).CreateCommand(
            "UPDATE work_items SET state = 2, owner = NULL, lease_until = NULL, finished_at = clock_timestamp(), fetched = $1, not_modified = $2, " +
            "new_articles = $3, revised = $4, unchanged = $5, duplicates = $6, skipped_by_robots = $7, errors = $8, error = $9 " +
            "WHERE id = $10 AND state = 1 AND owner = $11;");
        foreach (var n in new[] { c.Fetched, c.NotModified, c.New, c.Revised, c.Unchanged, c.Duplicates, c.SkippedByRobots, c.Errors })
        {
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = n });
        }

        command.Parameters.Add(new NpgsqlParameter { Value = (object?)outcome.Error ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = owner });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<bool> ReleaseAsync(long id, string owner, CancellationToken cancellationToken)
    {
        await using var command = (await database.ReadyAsync(cancellationToken).ConfigureAwait(false)).CreateCommand(
            "UPDATE work_items SET state = 0, owner = NULL, lease_until = NULL WHERE id = $1 AND state = 1 AND owner = $2;");
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = owner });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<WorkRunCounts> CountAsync(string runKey, WorkKind kind, CancellationToken cancellationToken)
    {
        var rows = new List<(string Group, int State, int Items, int Failed, CrawlCounts Counts)>();
        await using (var command = (await database.ReadyAsync(cancellationToken).ConfigureAwait(false)).CreateCommand(
            "SELECT grp, state, count(*)::int, count(error)::int, sum(fetched)::int, sum(not_modified)::int, sum(new_articles)::int, sum(revised)::int, " +
            "sum(unchanged)::int, sum(duplicates)::int, sum(skipped_by_robots)::int, sum(errors)::int FROM work_items " +
            "WHERE run_key = $1 AND kind = $2 GROUP BY grp, state;"))
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = runKey });
            command.Parameters.Add(new NpgsqlParameter<short> { TypedValue = (short)kind });
            await using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add((r.GetString(0), r.GetInt16(1), r.GetInt32(2), r.GetInt32(3), new CrawlCounts(
                    r.GetInt32(4), r.GetInt32(5), r.GetInt32(6), r.GetInt32(7), r.GetInt32(8), r.GetInt32(9), r.GetInt32(10), r.GetInt32(11))));
            }
        }

        var errors = new List<(string Group, WorkError Error)>();
        await using (var command = (await database.ReadyAsync(cancellationToken).ConfigureAwait(false)).CreateCommand(
            "SELECT grp, item_key, error FROM (SELECT grp, item_key, error, id, row_number() OVER (PARTITION BY grp ORDER BY id) AS n " +
            "FROM work_items WHERE run_key = $1 AND kind = $2 AND state = 2 AND error IS NOT NULL) e WHERE n <= $3 ORDER BY id;"))
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = runKey });
            command.Parameters.Add(new NpgsqlParameter<short> { TypedValue = (short)kind });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = WorkGroupCounts.MaxListedErrors });
            await using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                errors.Add((r.GetString(0), new WorkError(r.GetString(1), r.GetString(2))));
            }
        }

        return WorkCounting.Build(rows, errors);
    }
}
