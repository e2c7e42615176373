using Compare.Core.Stories;
using Compare.Storage.Snapshots;
using Compare.Storage.Stories;
using Compare.Storage.Watches;
using Npgsql;

namespace Compare.Storage.Postgres;

/// <summary>
/// Stories and grouping state. A write that recomputes a story's figures locks its row first (<c>FOR NO KEY UPDATE</c>), so
/// two processes touching one story recompute it one after the other, each from the other's committed members.
/// </summary>
internal sealed partial class PostgresStoryStore(PostgresDatabase database, TimeProvider time) : IStoryStore
{
    internal const string StoryColumns =
        "id, kind, watch_id, label, created_at, updated_at, outlet_ids, article_count, member_signature, compared_signature, " +
        "snapshot_version, last_compared_at, differences, omissions, merged_into";

    public async Task<IReadOnlyList<string>> ListUngroupedAsync(int limit, CancellationToken cancellationToken) =>
        await database.QueryAsync(
            "SELECT a.id FROM articles a LEFT JOIN article_features f ON f.article_id = a.id " +
            "WHERE a.duplicate_of IS NULL AND (f.article_id IS NULL OR f.text_hash <> a.text_hash) " +
            "ORDER BY COALESCE(a.published_at, a.first_seen_at), a.id LIMIT @n;",
            p => p.AddInt("n", Math.Max(0, limit)),
            r => r.GetString(0),
            cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<GroupedArticle>> LoadGroupedAsync(CancellationToken cancellationToken) =>
        await database.QueryAsync(
            "SELECT f.article_id, f.story_id, f.text_hash, f.outlet_id, f.time, f.vector, f.features FROM article_features f " +
            "JOIN stories s ON s.id = f.story_id ORDER BY f.time, f.article_id;",
            _ => { },
            r =>
            {
                var id = r.GetString(0);
                var doc = StorageJson.Deserialize<FeatureDocument>(r.GetString(6), $"features of article {id}");
                var features = new StoryArticle(
                    id, r.GetString(3), PostgresValues.ReadTime(r, 4), PostgresValues.ReadRealArray(r, 5), doc.Terms, doc.Entities,
                    doc.Dates);
                return new GroupedArticle(r.GetString(1), features, r.GetString(2));
            },
            cancellationToken).ConfigureAwait(false);

    public Task ApplyAsync(GroupingUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        var now = time.GetUtcNow();
        var labels = update.Labels.ToDictionary(l => l.StoryId, l => l.Label, StringComparer.Ordinal);
        return database.InTransactionAsync(async (connection, transaction) =>
        {
            var touched = new HashSet<string>(StringComparer.Ordinal);
            foreach (var a in update.Articles)
            {
                await UpsertFeaturesAsync(connection, transaction, a, labels.GetValueOrDefault(a.StoryId, string.Empty), now,
                    cancellationToken).ConfigureAwait(false);
                touched.Add(a.StoryId);
            }

            foreach (var merge in update.Merges)
            {
                await PostgresValues.ExecuteAsync(
                    connection, transaction,
                    "INSERT INTO stories(id, kind, label, created_at, updated_at) VALUES (@into, 'Event', @l, @now, @now) ON CONFLICT " +
                    "(id) DO NOTHING; " +
                    "INSERT INTO story_members(story_id, article_id, score, added_at) " +
                    "SELECT @into, article_id, score, added_at FROM story_members WHERE story_id = @from ON CONFLICT DO NOTHING; " +
                    "DELETE FROM story_members WHERE story_id = @from; " +
                    "UPDATE article_features SET story_id = @into WHERE story_id = @from; " +
                    "UPDATE stories SET merged_into = @into, updated_at = @now WHERE id = @from;",
                    p =>
                    {
                        p.AddText("into", merge.Into);
                        p.AddText("from", merge.From);
                        p.AddText("l", labels.GetValueOrDefault(merge.Into, string.Empty));
                        p.AddTime("now", now);
                    },
                    cancellationToken).ConfigureAwait(false);
                touched.Add(merge.Into);
                touched.Remove(merge.From);
            }

            foreach (var (id, label) in labels)
            {
                await PostgresValues.ExecuteAsync(
                    connection, transaction, "UPDATE stories SET label = @l WHERE id = @id AND label <> @l;",
                    p =>
                    {
                        p.AddText("l", label);
                        p.AddText("id", id);
                    },
                    cancellationToken).ConfigureAwait(false);
            }

            // In id order, so two passes touching the same stories lock them in the same order.
            foreach (var id in touched.Order(StringComparer.Ordinal))
            {
                await RefreshAsync(connection, transaction, id, now, cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken);
    }

    public Task SetWatchMembersAsync(string watchId, string label, IReadOnlyList<WatchMember> members, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(members);
        var storyId = TopicWatch.StoryIdOf(watchId);
        var now = time.GetUtcNow();
        // One row per article (the last score given wins), as repeated upserts would leave it.
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var m in members)
        {
            scores[m.ArticleId] = m.Score;
        }

        return database.InTransactionAsync(async (connection, transaction) =>
        {
            await PostgresValues.ExecuteAsync(
                connection, transaction,
                "INSERT INTO stories(id, kind, watch_id, label, created_at, updated_at) VALUES (@id, 'Watch', @w, @l, @now, @now) " +
                "ON CONFLICT (id) DO UPDATE SET label = EXCLUDED.label, closed_at = NULL; " +
                "DELETE FROM story_members WHERE story_id = @id AND article_id <> ALL(@ids); " +
                "INSERT INTO story_members(story_id, article_id, score, added_at) " +
                "SELECT @id, m.article_id, m.score, @now FROM unnest(@ids, @scores) AS m(article_id, score) " +
                "ON CONFLICT (story_id, article_id) DO UPDATE SET score = EXCLUDED.score;",
                p =>
                {
                    p.AddText("id", storyId);
                    p.AddText("w", watchId);
                    p.AddText("l", label);
                    p.AddTime("now", now);
                    p.AddTextArray("ids", scores.Keys);
                    p.AddDoubleArray("scores", scores.Values);
                },
                cancellationToken).ConfigureAwait(false);
            await RefreshAsync(connection, transaction, storyId, now, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    public async Task<StoredStory?> GetAsync(string storyId, CancellationToken cancellationToken) =>
        (await database.QueryAsync($"SELECT {StoryColumns} FROM stories WHERE id = @p;", p => p.AddText("p", storyId), ReadStory,
            cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    public async Task<IReadOnlyList<StoredStory>> ListAsync(CancellationToken cancellationToken) =>
        await database.QueryAsync(
            $"SELECT {StoryColumns} FROM stories WHERE merged_into IS NULL AND closed_at IS NULL AND article_count > 0 " +
            "ORDER BY updated_at DESC, id;", _ => { }, ReadStory, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<StoredStory>> ListStaleAsync(CancellationToken cancellationToken) =>
        await database.QueryAsync(
            $"SELECT {StoryColumns} FROM stories WHERE merged_into IS NULL AND closed_at IS NULL AND cardinality(outlet_ids) > 1 " +
            "AND member_signature <> COALESCE(compared_signature, '') ORDER BY updated_at, id;", _ => { }, ReadStory, cancellationToken)
            .ConfigureAwait(false);

    public async Task<IReadOnlyList<string>> ListMembersAsync(string storyId, CancellationToken cancellationToken) =>
        await database.QueryAsync(
            "SELECT article_id FROM story_members WHERE story_id = @s ORDER BY added_at, article_id;",
            p => p.AddText("s", storyId), r => r.GetString(0), cancellationToken).ConfigureAwait(false);

    internal static StoredStory ReadStory(NpgsqlDataReader r) => new(
        r.GetString(0),
        Enum.Parse<StoryKind>(r.GetString(1)),
        PostgresValues.ReadStringOrNull(r, 2),
        r.GetString(3),
        PostgresValues.ReadTime(r, 4),
        PostgresValues.ReadTime(r, 5),
        PostgresValues.ReadTextArray(r, 6),
        r.GetInt32(7),
        r.GetString(8),
        PostgresValues.ReadStringOrNull(r, 9),
        PostgresValues.ReadIntOrNull(r, 10),
        PostgresValues.ReadTimeOrNull(r, 11),
        PostgresValues.ReadIntOrNull(r, 12),
        PostgresValues.ReadIntOrNull(r, 13),
        PostgresValues.ReadStringOrNull(r, 14));

    /// <summary>
    /// Creates the event story if new, writes the article's features and moves it out of any other event story into this one.
    /// </summary>
    private static Task<int> UpsertFeaturesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, GroupedArticle a, string label, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var f = a.Features;
        return PostgresValues.ExecuteAsync(
            connection, transaction,
            "INSERT INTO stories(id, kind, label, created_at, updated_at) VALUES (@s, 'Event', @l, @now, @now) ON CONFLICT (id) DO " +
            "NOTHING; " +
            "INSERT INTO article_features(article_id, story_id, text_hash, outlet_id, time, vector, features, updated_at) " +
            "VALUES (@a, @s, @h, @o, @t, @v, @f, @now) ON CONFLICT (article_id) DO UPDATE SET story_id = EXCLUDED.story_id, " +
            "text_hash = EXCLUDED.text_hash, outlet_id = EXCLUDED.outlet_id, time = EXCLUDED.time, vector = EXCLUDED.vector, " +
            "features = EXCLUDED.features, updated_at = EXCLUDED.updated_at; " +
            "DELETE FROM story_members WHERE article_id = @a AND story_id <> @s AND story_id IN (SELECT id FROM stories WHERE kind = " +
            "'Event'); " +
            "INSERT INTO story_members(story_id, article_id, score, added_at) VALUES (@s, @a, NULL, @now) ON CONFLICT DO NOTHING;",
            p =>
            {
                p.AddText("a", f.ArticleId);
                p.AddText("s", a.StoryId);
                p.AddText("l", label);
                p.AddText("h", a.TextHash);
                p.AddText("o", f.OutletId);
                p.AddTime("t", f.Time);
                p.AddRealArray("v", f.Vector);
                p.AddJson("f", StorageJson.Serialize(new FeatureDocument(f.Terms, f.Entities, f.Dates)));
                p.AddTime("now", now);
            },
            cancellationToken);
    }

    /// <summary>
    /// Recomputes a story's outlets, article count and member signature; moves its update time when the signature changed.
    /// </summary>
    private static async Task RefreshAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string storyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await PostgresValues.ExecuteAsync(
            connection, transaction, "SELECT 1 FROM stories WHERE id = @s FOR NO KEY UPDATE;", p => p.AddText("s", storyId),
            cancellationToken).ConfigureAwait(false);
        var rows = await PostgresValues.QueryAsync(
            connection, transaction,
            "SELECT a.id, a.outlet_id, a.text_hash FROM story_members m JOIN articles a ON a.id = m.article_id " +
            "WHERE m.story_id = @s ORDER BY m.added_at, a.id;",
            p => p.AddText("s", storyId),
            r => (Article: r.GetString(0), Outlet: r.GetString(1), Hash: r.GetString(2)),
            cancellationToken).ConfigureAwait(false);
        var signature = MemberSignature.Of(rows.Select(r => r.Article + ":" + r.Hash));
        var outlets = rows.Select(r => r.Outlet).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        await PostgresValues.ExecuteAsync(
            connection, transaction,
            "UPDATE stories SET outlet_ids = @o, article_count = @n, " +
            "updated_at = CASE WHEN member_signature <> @sig THEN @now ELSE updated_at END, member_signature = @sig WHERE id = @id;",
            p =>
            {
                p.AddTextArray("o", outlets);
                p.AddInt("n", rows.Count);
                p.AddText("sig", signature);
                p.AddTime("now", now);
                p.AddText("id", storyId);
            },
            cancellationToken).ConfigureAwait(false);
    }
}
