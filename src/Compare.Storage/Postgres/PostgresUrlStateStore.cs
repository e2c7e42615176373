using Compare.Storage.UrlStates;
using Npgsql;

namespace Compare.Storage.Postgres;

internal sealed class PostgresUrlStateStore(PostgresDatabase database) : IUrlStateStore
{
    private const string Columns =
        "url, outlet_id, etag, last_modified, last_status, last_fetched_at, last_success_at, last_error, error_count, article_id";

    public async Task<UrlState?> GetAsync(string url, CancellationToken cancellationToken) =>
        (await database.QueryAsync($"SELECT {Columns} FROM url_states WHERE url = @p;", p => p.AddText("p", url), Read, cancellationToken)
            .ConfigureAwait(false)).FirstOrDefault();

    public async Task SaveAsync(UrlState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        await database.ExecuteAsync(
            $"INSERT INTO url_states({Columns}) VALUES (@url, @outlet, @etag, @lm, @status, @fetched, @success, @error, @count, " +
            $"@article) " +
            "ON CONFLICT (url) DO UPDATE SET outlet_id = EXCLUDED.outlet_id, etag = EXCLUDED.etag, last_modified = " +
            "EXCLUDED.last_modified, " +
            "last_status = EXCLUDED.last_status, last_fetched_at = EXCLUDED.last_fetched_at, last_success_at = EXCLUDED.last_success_at, " +
            "last_error = EXCLUDED.last_error, error_count = EXCLUDED.error_count, article_id = EXCLUDED.article_id;",
            p =>
            {
                p.AddText("url", state.Url);
                p.AddText("outlet", state.OutletId);
                p.AddText("etag", state.ETag);
                p.AddText("lm", state.LastModified);
                p.AddInt("status", state.LastStatus);
                p.AddTime("fetched", state.LastFetchedAt);
                p.AddTime("success", state.LastSuccessAt);
                p.AddText("error", state.LastError);
                p.AddInt("count", state.ErrorCount);
                p.AddText("article", state.ArticleId);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<UrlState>> ListFailedAsync(string? outletId, int limit, CancellationToken cancellationToken) =>
        await database.QueryAsync(
            $"SELECT {Columns} FROM url_states WHERE last_error IS NOT NULL AND (@p IS NULL OR outlet_id = @p) " +
            "ORDER BY last_fetched_at DESC, url LIMIT @limit;",
            p =>
            {
                p.AddText("p", outletId);
                p.AddInt("limit", Math.Max(0, limit));
            },
            Read,
            cancellationToken).ConfigureAwait(false);

    private static UrlState Read(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetString(1), PostgresValues.ReadStringOrNull(r, 2), PostgresValues.ReadStringOrNull(r, 3), r.GetInt32(4),
        PostgresValues.ReadTime(r, 5), PostgresValues.ReadTimeOrNull(r, 6), PostgresValues.ReadStringOrNull(r, 7), r.GetInt32(8),
        PostgresValues.ReadStringOrNull(r, 9));
}
