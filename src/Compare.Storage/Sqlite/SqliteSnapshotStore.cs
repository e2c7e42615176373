using Compare.Core.Domain;
using Compare.Core.Stories.Changes;
using Compare.Storage.Snapshots;
using Microsoft.Data.Sqlite;

namespace Compare.Storage.Sqlite;

internal sealed class SqliteSnapshotStore(SqliteDatabase database) : ISnapshotStore
{
    private const string Columns = "story_id, version, created_at, signature, comparison";

    public async Task<ComparisonSnapshot> AddAsync(
        string storyId, Comparison comparison, string signature, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var counts = comparison.CountsByKind;
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = connection.BeginTransaction(deferred: false);
            await using (transaction.ConfigureAwait(false))
            {
                int version;
                using (var next = SqliteValues.Command(
                    connection, "SELECT COALESCE(MAX(version), 0) + 1 FROM comparison_snapshots WHERE story_id = $s;", transaction))
                {
                    next.Parameters.AddWithValue("$s", storyId);
                    version = Convert.ToInt32(await next.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
                }

                var at = SqliteValues.Time(createdAt);
                await SqliteStoryStore.ExecuteAsync(connection, transaction,
                    "INSERT INTO comparison_snapshots(story_id, version, created_at, signature, differences, omissions, agreements, uniques, comparison) " +
                    "VALUES ($s, $v, $at, $sig, $d, $o, $a, $u, $json); " +
                    "UPDATE stories SET compared_signature = $sig, snapshot_version = $v, last_compared_at = $at, differences = $d, omissions = $o " +
                    "WHERE id = $s;",
                    cancellationToken,
                    ("$s", storyId), ("$v", version), ("$at", at), ("$sig", signature), ("$d", counts[FindingKind.Differ]),
                    ("$o", counts[FindingKind.Omitted]), ("$a", counts[FindingKind.Agree]), ("$u", counts[FindingKind.Unique]),
                    ("$json", StorageJson.Serialize(comparison))).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return new ComparisonSnapshot(storyId, version, createdAt, signature, comparison);
            }
        }
    }

    public async Task<ComparisonSnapshot?> GetLatestAsync(string storyId, CancellationToken cancellationToken)
    {
        var list = await QueryAsync(
            $"SELECT {Columns} FROM comparison_snapshots WHERE story_id = $s ORDER BY version DESC LIMIT 1;", storyId, cancellationToken).ConfigureAwait(false);
        return list.Count == 0 ? null : list[0];
    }

    public async Task<ComparisonSnapshot?> GetAsync(string storyId, int version, CancellationToken cancellationToken)
    {
        var list = await QueryAsync(
            string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"SELECT {Columns} FROM comparison_snapshots WHERE story_id = $s AND version = {version};"),
            storyId, cancellationToken).ConfigureAwait(false);
        return list.Count == 0 ? null : list[0];
    }

    public Task<IReadOnlyList<ComparisonSnapshot>> ListAsync(string storyId, CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {Columns} FROM comparison_snapshots WHERE story_id = $s ORDER BY version;", storyId, cancellationToken);

    public async Task AddDiffAsync(SnapshotDiff diff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = connection.BeginTransaction(deferred: false);
            await using (transaction.ConfigureAwait(false))
            {
                var d = diff.Diff;
                await SqliteStoryStore.ExecuteAsync(connection, transaction,
                    "INSERT OR REPLACE INTO snapshot_diffs(story_id, from_version, to_version, created_at, new_differences, resolved_differences, " +
                    "newly_covered, new_omissions, diff) VALUES ($s, $f, $t, $at, $nd, $rd, $nc, $no, $json);",
                    cancellationToken,
                    ("$s", diff.StoryId), ("$f", diff.FromVersion), ("$t", diff.ToVersion), ("$at", SqliteValues.Time(diff.CreatedAt)),
                    ("$nd", d.NewDifferences), ("$rd", d.ResolvedDifferences), ("$nc", d.NewlyCovered), ("$no", d.NewOmissions),
                    ("$json", StorageJson.Serialize(d))).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async Task<IReadOnlyList<SnapshotDiff>> ListDiffsAsync(string storyId, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(
                connection, "SELECT story_id, from_version, to_version, created_at, diff FROM snapshot_diffs WHERE story_id = $s ORDER BY to_version;");
            command.Parameters.AddWithValue("$s", storyId);
            var list = new List<SnapshotDiff>();
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    list.Add(new SnapshotDiff(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), SqliteValues.ReadTime(reader, 3),
                        StorageJson.Deserialize<ComparisonDiff>(reader.GetString(4), $"diff of story {storyId}")));
                }
            }

            return list;
        }
    }

    private async Task<IReadOnlyList<ComparisonSnapshot>> QueryAsync(string sql, string storyId, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(connection, sql);
            command.Parameters.AddWithValue("$s", storyId);
            var list = new List<ComparisonSnapshot>();
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    list.Add(Read(reader));
                }
            }

            return list;
        }
    }

    private static ComparisonSnapshot Read(SqliteDataReader r) => new(
        r.GetString(0), r.GetInt32(1), SqliteValues.ReadTime(r, 2), r.GetString(3),
        StorageJson.Deserialize<Comparison>(r.GetString(4), $"snapshot {r.GetInt32(1)} of story {r.GetString(0)}"));
}
