using Compare.Storage.Watches;
using Microsoft.Data.Sqlite;

namespace Compare.Storage.Sqlite;

internal sealed class SqliteTopicWatchStore(SqliteDatabase database, TimeProvider time) : ITopicWatchStore
{
    public async Task<bool> AddAsync(TopicWatch watch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(watch);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(
                connection, "INSERT OR IGNORE INTO topic_watches(id, name, query, created_at) VALUES ($id, $n, $q, $at);");
            command.Parameters.AddWithValue("$id", watch.Id);
            command.Parameters.AddWithValue("$n", watch.Name);
            command.Parameters.AddWithValue("$q", watch.Query);
            command.Parameters.AddWithValue("$at", SqliteValues.Time(watch.CreatedAt));
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
        }
    }

    public async Task<TopicWatch?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var list = await QueryAsync("SELECT id, name, query, created_at FROM topic_watches WHERE id = $id;", id, cancellationToken).ConfigureAwait(false);
        return list.Count == 0 ? null : list[0];
    }

    public Task<IReadOnlyList<TopicWatch>> ListAsync(CancellationToken cancellationToken) =>
        QueryAsync("SELECT id, name, query, created_at FROM topic_watches ORDER BY id;", null, cancellationToken);

    public async Task<bool> RemoveAsync(string id, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = connection.BeginTransaction(deferred: false);
            await using (transaction.ConfigureAwait(false))
            {
                int removed;
                using (var delete = SqliteValues.Command(connection, "DELETE FROM topic_watches WHERE id = $id;", transaction))
                {
                    delete.Parameters.AddWithValue("$id", id);
                    removed = await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await SqliteStoryStore.ExecuteAsync(connection, transaction, "UPDATE stories SET closed_at = $at WHERE id = $s AND closed_at IS NULL;",
                    cancellationToken, ("$at", SqliteValues.Time(time.GetUtcNow())), ("$s", TopicWatch.StoryIdOf(id))).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return removed > 0;
            }
        }
    }

    private async Task<IReadOnlyList<TopicWatch>> QueryAsync(string sql, string? id, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(connection, sql);
            command.Parameters.AddWithValue("$id", SqliteValues.OrNull(id));
            var list = new List<TopicWatch>();
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

    private static TopicWatch Read(SqliteDataReader r) => new(r.GetString(0), r.GetString(1), r.GetString(2), SqliteValues.ReadTime(r, 3));
}
