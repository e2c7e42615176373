using Compare.Core.Domain;
using Compare.Storage.Articles;
using Microsoft.Data.Sqlite;

namespace Compare.Storage.Sqlite;

internal sealed class SqliteArticleStore(SqliteDatabase database) : IArticleStore
{
    private const string Columns =
        "id, outlet_id, canonical_url, title, byline, published_at, modified_at, language, text, site_name, text_hash, simhash, " +
        "duplicate_of, revision, first_seen_at, last_seen_at";

    public async Task<StoredArticle?> GetAsync(string articleId, CancellationToken cancellationToken)
    {
        var list = await QueryAsync($"SELECT {Columns} FROM articles WHERE id = $p;", articleId, cancellationToken).ConfigureAwait(false);
        return list.Count == 0 ? null : list[0];
    }

    public async Task<StoredArticle?> GetByUrlAsync(Uri canonicalUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(canonicalUrl);
        var list = await QueryAsync(
            $"SELECT {Columns} FROM articles WHERE canonical_url = $p;", canonicalUrl.AbsoluteUri, cancellationToken).ConfigureAwait(false);
        return list.Count == 0 ? null : list[0];
    }

    public async Task<ArticleSaveResult> SaveAsync(ArticleWrite write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var a = write.Article;
        var hash = ContentHash.Of(a.Text);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            ArticleSaveOutcome outcome;
            string id;
            var transaction = connection.BeginTransaction(deferred: false);
            await using (transaction.ConfigureAwait(false))
            {
                (string Id, string Hash, int Revision)? existing = null;
                using (var find = SqliteValues.Command(
                    connection, "SELECT id, text_hash, revision FROM articles WHERE canonical_url = $u;", transaction))
                {
                    find.Parameters.AddWithValue("$u", a.CanonicalUrl.AbsoluteUri);
                    var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    await using (reader.ConfigureAwait(false))
                    {
                        if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                        {
                            existing = (reader.GetString(0), reader.GetString(1), reader.GetInt32(2));
                        }
                    }
                }

                if (existing is null)
                {
                    id = a.Id;
                    outcome = ArticleSaveOutcome.New;
                    await InsertAsync(connection, transaction, write, hash, cancellationToken).ConfigureAwait(false);
                    await InsertRevisionAsync(connection, transaction, id, 1, write, hash, null, cancellationToken).ConfigureAwait(false);
                }
                else if (existing.Value.Hash == hash)
                {
                    id = existing.Value.Id;
                    outcome = ArticleSaveOutcome.Unchanged;
                    await UpdateAsync(connection, transaction, id, write, hash, null, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    id = existing.Value.Id;
                    outcome = ArticleSaveOutcome.Revised;
                    var revision = existing.Value.Revision + 1;
                    await UpdateAsync(connection, transaction, id, write, hash, revision, cancellationToken).ConfigureAwait(false);
                    await InsertRevisionAsync(connection, transaction, id, revision, write, hash, write.DiffSummary, cancellationToken)
                        .ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            var stored = await GetAsync(id, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"article {id} vanished right after it was saved to {database.Path}");
            return new ArticleSaveResult(stored, outcome);
        }
    }

    public async Task<IReadOnlyList<ArticleRevision>> GetRevisionsAsync(string articleId, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(
                connection,
                "SELECT article_id, revision, fetched_at, title, text, text_hash, diff_summary FROM article_revisions " +
                "WHERE article_id = $id ORDER BY revision;");
            command.Parameters.AddWithValue("$id", articleId);
            var list = new List<ArticleRevision>();
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    list.Add(new ArticleRevision(
                        reader.GetString(0), reader.GetInt32(1), SqliteValues.ReadTime(reader, 2), reader.GetString(3), reader.GetString(4),
                        reader.GetString(5), SqliteValues.ReadStringOrNull(reader, 6)));
                }
            }

            return list;
        }
    }

    public Task<IReadOnlyList<StoredArticle>> ListAsync(string? outletId, int limit, CancellationToken cancellationToken) =>
        QueryAsync(
            $"SELECT {Columns} FROM articles WHERE ($p IS NULL OR outlet_id = $p) " +
            $"ORDER BY published_at IS NULL, published_at DESC, canonical_url LIMIT {Math.Max(0, limit)};",
            outletId,
            cancellationToken);

    public async Task<int> CountAsync(string? outletId, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(connection, "SELECT COUNT(*) FROM articles WHERE ($p IS NULL OR outlet_id = $p);");
            command.Parameters.AddWithValue("$p", SqliteValues.OrNull(outletId));
            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public async Task<IReadOnlyList<NearDuplicateCandidate>> FindSimHashCandidatesAsync(ulong simHash, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(
                connection,
                "SELECT id, outlet_id, simhash, duplicate_of, first_seen_at FROM articles " +
                "WHERE band0 = $b0 OR band1 = $b1 OR band2 = $b2 OR band3 = $b3 OR band4 = $b4 OR band5 = $b5 OR band6 = $b6 OR band7 = $b7 " +
                "ORDER BY first_seen_at, id;");
            for (var i = 0; i < Bands; i++)
            {
                command.Parameters.AddWithValue("$b" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Band(simHash, i));
            }

            var list = new List<NearDuplicateCandidate>();
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    list.Add(new NearDuplicateCandidate(
                        reader.GetString(0), reader.GetString(1), unchecked((ulong)reader.GetInt64(2)), SqliteValues.ReadStringOrNull(reader, 3),
                        SqliteValues.ReadTime(reader, 4)));
                }
            }

            return list;
        }
    }

    public async Task MarkDuplicateAsync(string articleId, string? duplicateOf, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(connection, "UPDATE articles SET duplicate_of = $d WHERE id = $id;");
            command.Parameters.AddWithValue("$d", SqliteValues.OrNull(duplicateOf));
            command.Parameters.AddWithValue("$id", articleId);
            if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                throw new KeyNotFoundException($"no article {articleId} in {database.Path}");
            }
        }
    }

    /// <summary>Eight 8-bit bands: two fingerprints within Hamming distance 7 agree on at least one (pigeonhole).</summary>
    private const int Bands = 8;

    private static int Band(ulong simHash, int band) => (int)((simHash >> (8 * band)) & 0xFF);

    private static async Task InsertAsync(
        SqliteConnection connection, SqliteTransaction transaction, ArticleWrite write, string hash, CancellationToken cancellationToken)
    {
        using var command = SqliteValues.Command(
            connection,
            "INSERT INTO articles(id, outlet_id, canonical_url, title, byline, published_at, modified_at, language, site_name, text, text_hash, " +
            "simhash, band0, band1, band2, band3, band4, band5, band6, band7, duplicate_of, revision, first_seen_at, last_seen_at) VALUES " +
            "($id, $outlet, $url, $title, $byline, $pub, $mod, $lang, $site, $text, $hash, $sim, $b0, $b1, $b2, $b3, $b4, $b5, $b6, $b7, NULL, 1, $seen, $seen);",
            transaction);
        AddArticleParameters(command, write, hash);
        command.Parameters.AddWithValue("$id", write.Article.Id);
        command.Parameters.AddWithValue("$outlet", write.Article.OutletId);
        command.Parameters.AddWithValue("$url", write.Article.CanonicalUrl.AbsoluteUri);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task UpdateAsync(
        SqliteConnection connection, SqliteTransaction transaction, string id, ArticleWrite write, string hash, int? revision,
        CancellationToken cancellationToken)
    {
        using var command = SqliteValues.Command(
            connection,
            "UPDATE articles SET title = $title, byline = $byline, published_at = $pub, modified_at = $mod, language = $lang, " +
            "site_name = $site, text = $text, text_hash = $hash, simhash = $sim, band0 = $b0, band1 = $b1, band2 = $b2, band3 = $b3, " +
            "band4 = $b4, band5 = $b5, band6 = $b6, band7 = $b7, " +
            "revision = COALESCE($rev, revision), last_seen_at = $seen WHERE id = $id;",
            transaction);
        AddArticleParameters(command, write, hash);
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$rev", revision is { } r ? r : DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void AddArticleParameters(SqliteCommand command, ArticleWrite write, string hash)
    {
        var a = write.Article;
        command.Parameters.AddWithValue("$title", a.Title);
        command.Parameters.AddWithValue("$byline", SqliteValues.OrNull(a.Byline));
        command.Parameters.AddWithValue("$pub", SqliteValues.TimeOrNull(a.PublishedAt));
        command.Parameters.AddWithValue("$mod", SqliteValues.TimeOrNull(a.ModifiedAt));
        command.Parameters.AddWithValue("$lang", a.Language);
        command.Parameters.AddWithValue("$site", SqliteValues.OrNull(write.SiteName));
        command.Parameters.AddWithValue("$text", a.Text);
        command.Parameters.AddWithValue("$hash", hash);
        command.Parameters.AddWithValue("$sim", unchecked((long)write.SimHash));
        for (var i = 0; i < Bands; i++)
        {
            command.Parameters.AddWithValue("$b" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Band(write.SimHash, i));
        }

        command.Parameters.AddWithValue("$seen", SqliteValues.Time(write.FetchedAt));
    }

    private static async Task InsertRevisionAsync(
        SqliteConnection connection, SqliteTransaction transaction, string id, int revision, ArticleWrite write, string hash, string? diff,
        CancellationToken cancellationToken)
    {
        using var command = SqliteValues.Command(
            connection,
            "INSERT INTO article_revisions(article_id, revision, fetched_at, title, text, text_hash, diff_summary) " +
            "VALUES ($id, $rev, $at, $title, $text, $hash, $diff);",
            transaction);
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$rev", revision);
        command.Parameters.AddWithValue("$at", SqliteValues.Time(write.FetchedAt));
        command.Parameters.AddWithValue("$title", write.Article.Title);
        command.Parameters.AddWithValue("$text", write.Article.Text);
        command.Parameters.AddWithValue("$hash", hash);
        command.Parameters.AddWithValue("$diff", SqliteValues.OrNull(diff));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<StoredArticle>> QueryAsync(string sql, string? parameter, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(connection, sql);
            command.Parameters.AddWithValue("$p", SqliteValues.OrNull(parameter));
            var list = new List<StoredArticle>();
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

    private static StoredArticle Read(SqliteDataReader r) => new(
        new Article(
            r.GetString(0), r.GetString(1), new Uri(r.GetString(2)), r.GetString(3), SqliteValues.ReadStringOrNull(r, 4),
            SqliteValues.ReadTimeOrNull(r, 5), SqliteValues.ReadTimeOrNull(r, 6), r.GetString(7), r.GetString(8)),
        SqliteValues.ReadStringOrNull(r, 9),
        r.GetString(10),
        unchecked((ulong)r.GetInt64(11)),
        SqliteValues.ReadStringOrNull(r, 12),
        r.GetInt32(13),
        SqliteValues.ReadTime(r, 14),
        SqliteValues.ReadTime(r, 15));
}
