using Compare.Core.Domain;
using Compare.Core.Stories.Changes;
using Compare.Storage.Snapshots;
using Npgsql;

namespace Compare.Storage.Postgres;

/// <summary>
/// Snapshots and diffs. Adding one locks the story's row first, so processes adding snapshots of one story take versions one
/// after the other; versions are per story, so adding snapshots of different stories never waits or collides.
/// </summary>
internal sealed class PostgresSnapshotStore(PostgresDatabase database) : ISnapshotStore
{
    private const string Columns = "story_id, version, created_at, signature, comparison";

    public Task<ComparisonSnapshot> AddAsync(
        string storyId, Comparison comparison, string signature, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var counts = comparison.CountsByKind;
        var json = StorageJson.Serialize(comparison);
        return database.InTransactionAsync(async (connection, transaction) =>
        {
            await PostgresValues.ExecuteAsync(
                connection, transaction, "SELECT 1 FROM stories WHERE id = @s FOR NO KEY UPDATE;", p => p.AddText("s", storyId),
                cancellationToken).ConfigureAwait(false);
            var version = Convert.ToInt32(
                await PostgresValues.ScalarAsync(
                    connection, transaction, "SELECT COALESCE(MAX(version), 0) + 1 FROM comparison_snapshots WHERE story_id = @s;",
                    p => p.AddText("s", storyId), cancellationToken).ConfigureAwait(false),
                System.Globalization.CultureInfo.InvariantCulture);
            await PostgresValues.ExecuteAsync(
                connection, transaction,
                "INSERT INTO comparison_snapshots(story_id, version, created_at, signature, differences, omissions, agreements, uniques, " +
                "comparison) " +
                "VALUES (@s, @v, @at, @sig, @d, @o, @a, @u, @json); " +
                "UPDATE stories SET compared_signature = @sig, snapshot_version = @v, last_compared_at = @at, differences = @d, " +
                "omissions = @o " +
                "WHERE id = @s;",
                p =>
                {
                    p.AddText("s", storyId);
                    p.AddInt("v", version);
                    p.AddTime("at", createdAt);
                    p.AddText("sig", signature);
                    p.AddInt("d", counts[FindingKind.Differ]);
                    p.AddInt("o", counts[FindingKind.Omitted]);
                    p.AddInt("a", counts[FindingKind.Agree]);
                    p.AddInt("u", counts[FindingKind.Unique]);
                    p.AddJson("json", json);
                },
                cancellationToken).ConfigureAwait(false);
            return new ComparisonSnapshot(storyId, version, createdAt, signature, comparison);
        }, cancellationToken);
    }

    public async Task<ComparisonSnapshot?> GetLatestAsync(string storyId, CancellationToken cancellationToken) =>
        (await database.QueryAsync(
            $"SELECT {Columns} FROM comparison_snapshots WHERE story_id = @s ORDER BY version DESC LIMIT 1;", p => p.AddText("s", storyId),
            Read,
            cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    public async Task<ComparisonSnapshot?> GetAsync(string storyId, int version, CancellationToken cancellationToken) =>
        (await database.QueryAsync(
            $"SELECT {Columns} FROM comparison_snapshots WHERE story_id = @s AND version = @v;",
            p =>
            {
                p.AddText("s", storyId);
                p.AddInt("v", version);
            },
            Read,
            cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    public async Task<IReadOnlyList<ComparisonSnapshot>> ListAsync(string storyId, CancellationToken cancellationToken) =>
        await database.QueryAsync(
            $"SELECT {Columns} FROM comparison_snapshots WHERE story_id = @s ORDER BY version;", p => p.AddText("s", storyId), Read,
            cancellationToken).ConfigureAwait(false);

    public async Task AddDiffAsync(SnapshotDiff diff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var d = diff.Diff;
        await database.ExecuteAsync(
            "INSERT INTO snapshot_diffs(story_id, from_version, to_version, created_at, new_differences, resolved_differences, " +
            "newly_covered, " +
            "new_omissions, diff) VALUES (@s, @f, @t, @at, @nd, @rd, @nc, @no, @json) ON CONFLICT (story_id, to_version) DO UPDATE SET " +
            "from_version = EXCLUDED.from_version, created_at = EXCLUDED.created_at, new_differences = EXCLUDED.new_differences, " +
            "resolved_differences = EXCLUDED.resolved_differences, newly_covered = EXCLUDED.newly_covered, " +
            "new_omissions = EXCLUDED.new_omissions, diff = EXCLUDED.diff;",
            p =>
            {
                p.AddText("s", diff.StoryId);
                p.AddInt("f", diff.FromVersion);
                p.AddInt("t", diff.ToVersion);
                p.AddTime("at", diff.CreatedAt);
                p.AddInt("nd", d.NewDifferences);
                p.AddInt("rd", d.ResolvedDifferences);
                p.AddInt("nc", d.NewlyCovered);
                p.AddInt("no", d.NewOmissions);
                p.AddJson("json", StorageJson.Serialize(d));
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<SnapshotDiff>> ListDiffsAsync(string storyId, CancellationToken cancellationToken) =>
        await database.QueryAsync(
            "SELECT story_id, from_version, to_version, created_at, diff FROM snapshot_diffs WHERE story_id = @s ORDER BY to_version;",
            p => p.AddText("s", storyId),
            r => new SnapshotDiff(r.GetString(0), r.GetInt32(1), r.GetInt32(2), PostgresValues.ReadTime(r, 3),
                StorageJson.Deserialize<ComparisonDiff>(r.GetString(4), $"diff of story {storyId}")),
            cancellationToken).ConfigureAwait(false);

    private static ComparisonSnapshot Read(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetInt32(1), PostgresValues.ReadTime(r, 2), r.GetString(3),
        StorageJson.Deserialize<Comparison>(r.GetString(4), $"snapshot {r.GetInt32(1)} of story {r.GetString(0)}"));
}
