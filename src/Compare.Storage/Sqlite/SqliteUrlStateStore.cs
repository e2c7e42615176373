using Compare.Storage.UrlStates;
using Microsoft.Data.Sqlite;

namespace Compare.Storage.Sqlite;

internal sealed class SqliteUrlStateStore(SqliteDatabase database) : IUrlStateStore
{
    private const string Columns =
        "url, outlet_id, etag, last_modified, last_status, last_fetched_at, last_success_at, last_error, error_count, article_id";

    public async Task<UrlState?> GetAsync(string url, CancellationToken cancellationToken)
    {
        var list = await QueryAsync($"SELECT {Columns} FROM url_states WHERE url = $p;", url, 1, cancellationToken).ConfigureAwait(false);
        return list.Count == 0 ? null : list[0];
    }

    public async Task SaveAsync(UrlState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(
                connection,
                $"INSERT OR REPLACE INTO url_states({Columns}) VALUES ($url, $outlet, $etag, $lm, $status, $fetched, $success, $error, $count, $article);");
            command.Parameters.AddWithValue("$url", state.Url);
            command.Parameters.AddWithValue("$outlet", state.OutletId);
            command.Parameters.AddWithValue("$etag", SqliteValues.OrNull(state.ETag));
            command.Parameters.AddWithValue("$lm", SqliteValues.OrNull(state.LastModified));
            command.Parameters.AddWithValue("$status", state.LastStatus);
            command.Parameters.AddWithValue("$fetched", SqliteValues.Time(state.LastFetchedAt));
            command.Parameters.AddWithValue("$success", SqliteValues.TimeOrNull(state.LastSuccessAt));
            command.Parameters.AddWithValue("$error", SqliteValues.OrNull(state.LastError));
            command.Parameters.AddWithValue("$count", state.ErrorCount);
            command.Parameters.AddWithValue("$article", SqliteValues.OrNull(state.ArticleId));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public Task<IReadOnlyList<UrlState>> ListFailedAsync(string? outletId, int limit, CancellationToken cancellationToken) =>
        QueryAsync(
            $"SELECT {Columns} FROM url_states WHERE last_error IS NOT NULL AND ($p IS NULL OR outlet_id = $p) " +
            "ORDER BY last_fetched_at DESC, url LIMIT $limit;",
            outletId,
            limit,
            cancellationToken);

    private async Task<IReadOnlyList<UrlState>> QueryAsync(string sql, string? parameter, int limit, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(connection, sql);
            command.Parameters.AddWithValue("$p", SqliteValues.OrNull(parameter));
            command.Parameters.AddWithValue("$limit", Math.Max(0, limit));
            var list = new List<UrlState>();
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

    private static UrlState Read(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), SqliteValues.ReadStringOrNull(r, 2), SqliteValues.ReadStringOrNull(r, 3), r.GetInt32(4),
        SqliteValues.ReadTime(r, 5), SqliteValues.ReadTimeOrNull(r, 6), SqliteValues.ReadStringOrNull(r, 7), r.GetInt32(8),
        SqliteValues.ReadStringOrNull(r, 9));
}
