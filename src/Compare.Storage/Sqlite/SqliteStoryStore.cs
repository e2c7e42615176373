using System.Runtime.InteropServices;
using Compare.Core.Stories;
using Compare.Storage.Snapshots;
using Compare.Storage.Stories;
using Microsoft.Data.Sqlite;

namespace Compare.Storage.Sqlite;

internal sealed partial class SqliteStoryStore(SqliteDatabase database, TimeProvider time) : IStoryStore
{
    internal const string StoryColumns =
        "id, kind, watch_id, label, created_at, updated_at, outlet_ids, article_count, member_signature, compared_signature, " +
        "snapshot_version, last_compared_at, differences, omissions, merged_into";

    public async Task<IReadOnlyList<string>> ListUngroupedAsync(int limit, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(
                connection,
                "SELECT a.id FROM articles a LEFT JOIN article_features f ON f.article_id = a.id " +
                "WHERE a.duplicate_of IS NULL AND (f.article_id IS NULL OR f.text_hash <> a.text_hash) " +
                "ORDER BY COALESCE(a.published_at, a.first_seen_at), a.id LIMIT $n;");
            command.Parameters.AddWithValue("$n", Math.Max(0, limit));
            return await ReadStringsAsync(command, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<GroupedArticle>> LoadGroupedAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(
                connection,
                "SELECT f.article_id, f.story_id, f.text_hash, f.outlet_id, f.time, f.vector, f.features FROM article_features f " +
                "JOIN stories s ON s.id = f.story_id ORDER BY f.time, f.article_id;");
            var list = new List<GroupedArticle>();
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var id = reader.GetString(0);
                    var doc = StorageJson.Deserialize<FeatureDocument>(reader.GetString(6), $"features of article {id}");
                    var vector = MemoryMarshal.Cast<byte, float>((byte[])reader.GetValue(5)).ToArray();
                    var features = new StoryArticle(id, reader.GetString(3), SqliteValues.ReadTime(reader, 4), vector, doc.Terms, doc.Entities, doc.Dates);
                    list.Add(new GroupedArticle(reader.GetString(1), features, reader.GetString(2)));
                }
            }

            return list;
        }
    }

    public async Task ApplyAsync(GroupingUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        var now = SqliteValues.Time(time.GetUtcNow());
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = connection.BeginTransaction(deferred: false);
            await using (transaction.ConfigureAwait(false))
            {
                var touched = new HashSet<string>(StringComparer.Ordinal);
                var labels = update.Labels.ToDictionary(l => l.StoryId, l => l.Label, StringComparer.Ordinal);
                foreach (var a in update.Articles)
                {
                    await EnsureStoryAsync(connection, transaction, a.StoryId, labels.GetValueOrDefault(a.StoryId, string.Empty), now, cancellationToken)
                        .ConfigureAwait(false);
                    await UpsertFeaturesAsync(connection, transaction, a, now, cancellationToken).ConfigureAwait(false);
                    touched.Add(a.StoryId);
                }

                foreach (var merge in update.Merges)
                {
                    await EnsureStoryAsync(connection, transaction, merge.Into, labels.GetValueOrDefault(merge.Into, string.Empty), now, cancellationToken)
                        .ConfigureAwait(false);
                    await ExecuteAsync(connection, transaction,
                        "INSERT OR IGNORE INTO story_members(story_id, article_id, score, added_at) " +
                        "SELECT $into, article_id, score, added_at FROM story_members WHERE story_id = $from; " +
                        "DELETE FROM story_members WHERE story_id = $from; " +
                        "UPDATE article_features SET story_id = $into WHERE story_id = $from; " +
                        "UPDATE stories SET merged_into = $into, updated_at = $now WHERE id = $from;",
                        cancellationToken, ("$into", merge.Into), ("$from", merge.From), ("$now", now)).ConfigureAwait(false);
                    touched.Add(merge.Into);
                    touched.Remove(merge.From);
                }

                foreach (var (id, label) in labels)
                {
                    await ExecuteAsync(connection, transaction, "UPDATE stories SET label = $l WHERE id = $id AND label <> $l;", cancellationToken,
                        ("$l", label), ("$id", id)).ConfigureAwait(false);
                }

                foreach (var id in touched)
                {
                    await RefreshAsync(connection, transaction, id, now, cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async Task SetWatchMembersAsync(string watchId, string label, IReadOnlyList<WatchMember> members, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(members);
        var storyId = Watches.TopicWatch.StoryIdOf(watchId);
        var now = SqliteValues.Time(time.GetUtcNow());
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = connection.BeginTransaction(deferred: false);
            await using (transaction.ConfigureAwait(false))
            {
                await ExecuteAsync(connection, transaction,
                    "INSERT INTO stories(id, kind, watch_id, label, created_at, updated_at) VALUES ($id, 'Watch', $w, $l, $now, $now) " +
                    "ON CONFLICT(id) DO UPDATE SET label = $l, closed_at = NULL;",
                    cancellationToken, ("$id", storyId), ("$w", watchId), ("$l", label), ("$now", now)).ConfigureAwait(false);
                var keep = members.Select(m => m.ArticleId).ToHashSet(StringComparer.Ordinal);
                var current = await MembersAsync(connection, transaction, storyId, cancellationToken).ConfigureAwait(false);
                foreach (var gone in current.Where(id => !keep.Contains(id)))
                {
                    await ExecuteAsync(connection, transaction, "DELETE FROM story_members WHERE story_id = $s AND article_id = $a;", cancellationToken,
                        ("$s", storyId), ("$a", gone)).ConfigureAwait(false);
                }

                foreach (var m in members)
                {
                    await ExecuteAsync(connection, transaction,
                        "INSERT INTO story_members(story_id, article_id, score, added_at) VALUES ($s, $a, $score, $now) " +
                        "ON CONFLICT(story_id, article_id) DO UPDATE SET score = $score;",
                        cancellationToken, ("$s", storyId), ("$a", m.ArticleId), ("$score", m.Score), ("$now", now)).ConfigureAwait(false);
                }

                await RefreshAsync(connection, transaction, storyId, now, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async Task<StoredStory?> GetAsync(string storyId, CancellationToken cancellationToken)
    {
        var list = await QueryStoriesAsync($"SELECT {StoryColumns} FROM stories WHERE id = $p;", storyId, cancellationToken).ConfigureAwait(false);
        return list.Count == 0 ? null : list[0];
    }

    public Task<IReadOnlyList<StoredStory>> ListAsync(CancellationToken cancellationToken) =>
        QueryStoriesAsync(
            $"SELECT {StoryColumns} FROM stories WHERE merged_into IS NULL AND closed_at IS NULL AND article_count > 0 " +
            "ORDER BY updated_at DESC, id;", null, cancellationToken);

    public Task<IReadOnlyList<StoredStory>> ListStaleAsync(CancellationToken cancellationToken) =>
        QueryStoriesAsync(
            $"SELECT {StoryColumns} FROM stories WHERE merged_into IS NULL AND closed_at IS NULL AND instr(outlet_ids, ' ') > 0 " +
            "AND member_signature <> COALESCE(compared_signature, '') ORDER BY updated_at, id;", null, cancellationToken);

    public async Task<IReadOnlyList<string>> ListMembersAsync(string storyId, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await MembersAsync(connection, null, storyId, cancellationToken).ConfigureAwait(false);
        }
    }

    internal static StoredStory ReadStory(SqliteDataReader r) => new(
        r.GetString(0),
        Enum.Parse<StoryKind>(r.GetString(1)),
        SqliteValues.ReadStringOrNull(r, 2),
        r.GetString(3),
        SqliteValues.ReadTime(r, 4),
        SqliteValues.ReadTime(r, 5),
        r.GetString(6).Split(' ', StringSplitOptions.RemoveEmptyEntries),
        r.GetInt32(7),
        r.GetString(8),
        SqliteValues.ReadStringOrNull(r, 9),
        r.IsDBNull(10) ? null : r.GetInt32(10),
        SqliteValues.ReadTimeOrNull(r, 11),
        r.IsDBNull(12) ? null : r.GetInt32(12),
        r.IsDBNull(13) ? null : r.GetInt32(13),
        SqliteValues.ReadStringOrNull(r, 14));

    private static async Task EnsureStoryAsync(
        SqliteConnection connection, SqliteTransaction transaction, string id, string label, string now, CancellationToken cancellationToken) =>
        await ExecuteAsync(connection, transaction,
            "INSERT OR IGNORE INTO stories(id, kind, label, created_at, updated_at) VALUES ($id, 'Event', $l, $now, $now);",
            cancellationToken, ("$id", id), ("$l", label), ("$now", now)).ConfigureAwait(false);

    private static async Task UpsertFeaturesAsync(
        SqliteConnection connection, SqliteTransaction transaction, GroupedArticle a, string now, CancellationToken cancellationToken)
    {
        var f = a.Features;
        using var command = SqliteValues.Command(
            connection,
            "INSERT INTO article_features(article_id, story_id, text_hash, outlet_id, time, vector, features, updated_at) " +
            "VALUES ($a, $s, $h, $o, $t, $v, $f, $now) ON CONFLICT(article_id) DO UPDATE SET story_id = $s, text_hash = $h, outlet_id = $o, " +
            "time = $t, vector = $v, features = $f, updated_at = $now; " +
            "DELETE FROM story_members WHERE article_id = $a AND story_id <> $s AND story_id IN (SELECT id FROM stories WHERE kind = 'Event'); " +
            "INSERT OR IGNORE INTO story_members(story_id, article_id, score, added_at) VALUES ($s, $a, NULL, $now);",
            transaction);
        command.Parameters.AddWithValue("$a", f.ArticleId);
        command.Parameters.AddWithValue("$s", a.StoryId);
        command.Parameters.AddWithValue("$h", a.TextHash);
        command.Parameters.AddWithValue("$o", f.OutletId);
        command.Parameters.AddWithValue("$t", SqliteValues.Time(f.Time));
        command.Parameters.AddWithValue("$v", MemoryMarshal.AsBytes(f.Vector.AsSpan()).ToArray());
        command.Parameters.AddWithValue("$f", StorageJson.Serialize(new FeatureDocument(f.Terms, f.Entities, f.Dates)));
        command.Parameters.AddWithValue("$now", now);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Recomputes a story's outlets, article count and member signature; moves its update time when the signature changed.</summary>
    private static async Task RefreshAsync(SqliteConnection connection, SqliteTransaction transaction, string storyId, string now, CancellationToken cancellationToken)
    {
        var rows = new List<(string Article, string Outlet, string Hash)>();
        using (var query = SqliteValues.Command(
            connection,
            "SELECT a.id, a.outlet_id, a.text_hash FROM story_members m JOIN articles a ON a.id = m.article_id " +
            "WHERE m.story_id = $s ORDER BY m.added_at, a.id;",
            transaction))
        {
            query.Parameters.AddWithValue("$s", storyId);
            var reader = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
                }
            }
        }

        var signature = MemberSignature.Of(rows.Select(r => r.Article + ":" + r.Hash));
        var outlets = string.Join(' ', rows.Select(r => r.Outlet).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        await ExecuteAsync(connection, transaction,
            "UPDATE stories SET outlet_ids = $o, article_count = $n, " +
            "updated_at = CASE WHEN member_signature <> $sig THEN $now ELSE updated_at END, member_signature = $sig WHERE id = $id;",
            cancellationToken, ("$o", outlets), ("$n", rows.Count), ("$sig", signature), ("$now", now), ("$id", storyId)).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<string>> MembersAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string storyId, CancellationToken cancellationToken)
    {
        using var command = SqliteValues.Command(
            connection, "SELECT article_id FROM story_members WHERE story_id = $s ORDER BY added_at, article_id;", transaction);
        command.Parameters.AddWithValue("$s", storyId);
        return await ReadStringsAsync(command, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<string>> ReadStringsAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var list = new List<string>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                list.Add(reader.GetString(0));
            }
        }

        return list;
    }

    internal static async Task ExecuteAsync(
        SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        using var command = SqliteValues.Command(connection, sql, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<StoredStory>> QueryStoriesAsync(string sql, string? parameter, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(connection, sql);
            command.Parameters.AddWithValue("$p", SqliteValues.OrNull(parameter));
            var list = new List<StoredStory>();
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    list.Add(ReadStory(reader));
                }
            }

            return list;
        }
    }
}
