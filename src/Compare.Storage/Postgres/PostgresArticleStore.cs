using System.Globalization;
using Compare.Core.Domain;
using Compare.Storage.Articles;
using Npgsql;

namespace Compare.Storage.Postgres;

/// <summary>
/// Articles and revisions. A save locks the URL's row (or inserts it with <c>ON CONFLICT DO NOTHING</c>), so processes saving
/// the same URL at once queue on it: one stores it as new, the others see it and add revisions or refresh it.
/// </summary>
internal sealed class PostgresArticleStore(PostgresDatabase database) : IArticleStore
{
    private const string Columns =
        "id, outlet_id, canonical_url, title, byline, published_at, modified_at, language, text, site_name, text_hash, simhash, " +
        "duplicate_of, revision, first_seen_at, last_seen_at";

    /// <summary>Eight 8-bit bands: two fingerprints within Hamming distance 7 agree on at least one (pigeonhole).</summary>
    private const int Bands = 8;

    public async Task<StoredArticle?> GetAsync(string articleId, CancellationToken cancellationToken) =>
        (await database.QueryAsync($"SELECT {Columns} FROM articles WHERE id = @p;", p => p.AddText("p", articleId), Read,
            cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    public async Task<StoredArticle?> GetByUrlAsync(Uri canonicalUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(canonicalUrl);
        return (await database.QueryAsync(
            $"SELECT {Columns} FROM articles WHERE canonical_url = @p;", p => p.AddText("p", canonicalUrl.AbsoluteUri), Read,
            cancellationToken).ConfigureAwait(false)).FirstOrDefault();
    }

    public Task<ArticleSaveResult> SaveAsync(ArticleWrite write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var hash = ContentHash.Of(write.Article.Text);
        return database.InTransactionAsync(async (connection, transaction) =>
        {
            var existing = await LockAsync(connection, transaction, write, cancellationToken).ConfigureAwait(false);
            if (existing is null)
            {
                var inserted = await PostgresValues.ExecuteAsync(
                    connection, transaction,
                    "INSERT INTO articles(id, outlet_id, canonical_url, title, byline, published_at, modified_at, language, " +
                    "site_name, text, text_hash, simhash, band0, band1, band2, band3, band4, band5, band6, band7, duplicate_of, " +
                    "revision, first_seen_at, last_seen_at) VALUES (@id, @outlet, @url, @title, @byline, @pub, @mod, @lang, @site, " +
                    "@text, @hash, @sim, @b0, @b1, @b2, @b3, @b4, @b5, @b6, @b7, NULL, 1, @seen, @seen) " +
                    "ON CONFLICT DO NOTHING;",
                    p =>
                    {
                        AddArticleParameters(p, write, hash);
                        p.AddText("id", write.Article.Id);
                        p.AddText("outlet", write.Article.OutletId);
                        p.AddText("url", write.Article.CanonicalUrl.AbsoluteUri);
                    },
                    cancellationToken).ConfigureAwait(false);
                if (inserted == 1)
                {
                    await InsertRevisionAsync(connection, transaction, write.Article.Id, 1, write, hash, null, cancellationToken)
                        .ConfigureAwait(false);
                    return await ResultAsync(connection, transaction, write.Article.Id, ArticleSaveOutcome.New, cancellationToken)
                        .ConfigureAwait(false);
                }

                // Another process stored the URL between the lookup and the insert (the insert waited for it to commit). The
                // conflict has no target: the id comes from the URL, so a racing insert may hit either unique index first, and a
                // targeted ON CONFLICT would raise a unique violation for the other one.
                existing = await LockAsync(connection, transaction, write, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException(
                        $"article id {write.Article.Id} of {write.Article.CanonicalUrl} is taken by another URL in {database.Name}");
            }

            var (id, storedHash, revision) = existing.Value;
            if (storedHash == hash)
            {
                await UpdateAsync(connection, transaction, id, write, hash, null, cancellationToken).ConfigureAwait(false);
                return await ResultAsync(connection, transaction, id, ArticleSaveOutcome.Unchanged, cancellationToken)
                    .ConfigureAwait(false);
            }

            await UpdateAsync(connection, transaction, id, write, hash, revision + 1, cancellationToken).ConfigureAwait(false);
            await InsertRevisionAsync(connection, transaction, id, revision + 1, write, hash, write.DiffSummary, cancellationToken)
                .ConfigureAwait(false);
            return await ResultAsync(connection, transaction, id, ArticleSaveOutcome.Revised, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<ArticleRevision>> GetRevisionsAsync(string articleId, CancellationToken cancellationToken) =>
        await database.QueryAsync(
            "SELECT article_id, revision, fetched_at, title, text, text_hash, diff_summary FROM article_revisions " +
            "WHERE article_id = @id ORDER BY revision;",
            p => p.AddText("id", articleId),
            r => new ArticleRevision(
                r.GetString(0), r.GetInt32(1), PostgresValues.ReadTime(r, 2), r.GetString(3), r.GetString(4), r.GetString(5),
                PostgresValues.ReadStringOrNull(r, 6)),
            cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<StoredArticle>> ListAsync(string? outletId, int limit, CancellationToken cancellationToken) =>
        await database.QueryAsync(
            $"SELECT {Columns} FROM articles WHERE (@p IS NULL OR outlet_id = @p) " +
            "ORDER BY published_at DESC NULLS LAST, canonical_url LIMIT @n;",
            p =>
            {
                p.AddText("p", outletId);
                p.AddInt("n", Math.Max(0, limit));
            },
            Read,
            cancellationToken).ConfigureAwait(false);

    public async Task<int> CountAsync(string? outletId, CancellationToken cancellationToken)
    {
        var counts = await database.QueryAsync(
            "SELECT COUNT(*) FROM articles WHERE (@p IS NULL OR outlet_id = @p);", p => p.AddText("p", outletId), r => r.GetInt64(0),
            cancellationToken).ConfigureAwait(false);
        return checked((int)counts[0]);
    }

    public async Task<IReadOnlyList<NearDuplicateCandidate>> FindSimHashCandidatesAsync(ulong simHash,
        CancellationToken cancellationToken) =>
        await database.QueryAsync(
            "SELECT id, outlet_id, simhash, duplicate_of, first_seen_at FROM articles " +
            "WHERE band0 = @b0 OR band1 = @b1 OR band2 = @b2 OR band3 = @b3 OR band4 = @b4 OR band5 = @b5 OR band6 = @b6 OR band7 = @b7 " +
            "ORDER BY first_seen_at, id;",
            p => AddBands(p, simHash),
            r => new NearDuplicateCandidate(
                r.GetString(0), r.GetString(1), unchecked((ulong)r.GetInt64(2)), PostgresValues.ReadStringOrNull(r, 3),
                PostgresValues.ReadTime(r, 4)),
            cancellationToken).ConfigureAwait(false);

    public async Task MarkDuplicateAsync(string articleId, string? duplicateOf, CancellationToken cancellationToken)
    {
        var updated = await database.ExecuteAsync(
            "UPDATE articles SET duplicate_of = @d WHERE id = @id;",
            p =>
            {
                p.AddText("d", duplicateOf);
                p.AddText("id", articleId);
            },
            cancellationToken).ConfigureAwait(false);
        if (updated == 0)
        {
            throw new KeyNotFoundException($"no article {articleId} in {database.Name}");
        }
    }

    private static int Band(ulong simHash, int band) => (int)((simHash >> (8 * band)) & 0xFF);

    private static void AddBands(NpgsqlParameterCollection p, ulong simHash)
    {
        for (var i = 0; i < Bands; i++)
        {
            p.Add(new NpgsqlParameter("b" + i.ToString(CultureInfo.InvariantCulture),
                NpgsqlTypes.NpgsqlDbType.Smallint) { Value = (short)Band(simHash, i) });
        }
    }

    private static async Task<(string Id, string Hash, int Revision)?> LockAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, ArticleWrite write, CancellationToken cancellationToken)
    {
        var rows = await PostgresValues.QueryAsync(
            connection, transaction, "SELECT id, text_hash, revision FROM articles WHERE canonical_url = @u FOR UPDATE;",
            p => p.AddText("u", write.Article.CanonicalUrl.AbsoluteUri), r => (r.GetString(0), r.GetString(1), r.GetInt32(2)),
            cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    private static async Task<ArticleSaveResult> ResultAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string id, ArticleSaveOutcome outcome,
        CancellationToken cancellationToken)
    {
        var rows = await PostgresValues.QueryAsync(
            connection, transaction, $"SELECT {Columns} FROM articles WHERE id = @id;", p => p.AddText("id", id), Read, cancellationToken)
            .ConfigureAwait(false);
        return new ArticleSaveResult(rows.Single(), outcome);
    }

    private static Task<int> UpdateAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string id, ArticleWrite write, string hash, int? revision,
        CancellationToken cancellationToken) =>
        PostgresValues.ExecuteAsync(
            connection, transaction,
            "UPDATE articles SET title = @title, byline = @byline, published_at = @pub, modified_at = @mod, language = @lang, " +
            "site_name = @site, text = @text, text_hash = @hash, simhash = @sim, band0 = @b0, band1 = @b1, band2 = @b2, band3 = @b3, " +
            "band4 = @b4, band5 = @b5, band6 = @b6, band7 = @b7, revision = COALESCE(@rev, revision), last_seen_at = @seen WHERE id = @id;",
            p =>
            {
                AddArticleParameters(p, write, hash);
                p.AddText("id", id);
                p.AddInt("rev", revision);
            },
            cancellationToken);

    private static void AddArticleParameters(NpgsqlParameterCollection p, ArticleWrite write, string hash)
    {
        var a = write.Article;
        p.AddText("title", a.Title);
        p.AddText("byline", a.Byline);
        p.AddTime("pub", a.PublishedAt);
        p.AddTime("mod", a.ModifiedAt);
        p.AddText("lang", a.Language);
        p.AddText("site", write.SiteName);
        p.AddText("text", a.Text);
        p.AddText("hash", hash);
        p.AddBigint("sim", unchecked((long)write.SimHash));
        AddBands(p, write.SimHash);
        p.AddTime("seen", write.FetchedAt);
    }

    private static Task<int> InsertRevisionAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string id, int revision, ArticleWrite write, string hash, string? diff,
        CancellationToken cancellationToken) =>
        PostgresValues.ExecuteAsync(
            connection, transaction,
            "INSERT INTO article_revisions(article_id, revision, fetched_at, title, text, text_hash, diff_summary) " +
            "VALUES (@id, @rev, @at, @title, @text, @hash, @diff);",
            p =>
            {
                p.AddText("id", id);
                p.AddInt("rev", revision);
                p.AddTime("at", write.FetchedAt);
                p.AddText("title", write.Article.Title);
                p.AddText("text", write.Article.Text);
                p.AddText("hash", hash);
                p.AddText("diff", diff);
            },
            cancellationToken);

    private static StoredArticle Read(NpgsqlDataReader r) => new(
        new Article(
            r.GetString(0), r.GetString(1), new Uri(r.GetString(2)), r.GetString(3), PostgresValues.ReadStringOrNull(r, 4),
            PostgresValues.ReadTimeOrNull(r, 5), PostgresValues.ReadTimeOrNull(r, 6), r.GetString(7), r.GetString(8)),
        PostgresValues.ReadStringOrNull(r, 9),
        r.GetString(10),
        unchecked((ulong)r.GetInt64(11)),
        PostgresValues.ReadStringOrNull(r, 12),
        r.GetInt32(13),
        PostgresValues.ReadTime(r, 14),
        PostgresValues.ReadTime(r, 15));
}
