using Compare.Storage.Watches;
using Npgsql;

namespace Compare.Storage.Postgres;

internal sealed class PostgresTopicWatchStore(PostgresDatabase database, TimeProvider time) : ITopicWatchStore
{
    public async Task<bool> AddAsync(TopicWatch watch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(watch);
        return await database.ExecuteAsync(
            "INSERT INTO topic_watches(id, name, query, created_at) VALUES (@id, @n, @q, @at) ON CONFLICT (id) DO NOTHING;",
            p =>
            {
                p.AddText("id", watch.Id);
                p.AddText("n", watch.Name);
                p.AddText("q", watch.Query);
                p.AddTime("at", watch.CreatedAt);
            },
            cancellationToken).ConfigureAwait(false) > 0;
    }

    public async Task<TopicWatch?> GetAsync(string id, CancellationToken cancellationToken) =>
        (await database.QueryAsync("SELECT id, name, query, created_at FROM topic_watches WHERE id = @id;", p => p.AddText("id", id), Read,
            cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    public async Task<IReadOnlyList<TopicWatch>> ListAsync(CancellationToken cancellationToken) =>
        await database.QueryAsync("SELECT id, name, query, created_at FROM topic_watches ORDER BY id;", _ => { }, Read, cancellationToken)
            .ConfigureAwait(false);

    public Task<bool> RemoveAsync(string id, CancellationToken cancellationToken) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var removed = await PostgresValues.ExecuteAsync(
                connection, transaction, "DELETE FROM topic_watches WHERE id = @id;", p => p.AddText("id", id), cancellationToken)
                    .ConfigureAwait(false);
            await PostgresValues.ExecuteAsync(
                connection, transaction, "UPDATE stories SET closed_at = @at WHERE id = @s AND closed_at IS NULL;",
                p =>
                {
                    p.AddTime("at", time.GetUtcNow());
                    p.AddText("s", TopicWatch.StoryIdOf(id));
                },
                cancellationToken).ConfigureAwait(false);
            return removed > 0;
        }, cancellationToken);

    private static TopicWatch Read(NpgsqlDataReader r) => new(r.GetString(0), r.GetString(1), r.GetString(2),
        PostgresValues.ReadTime(r, 3));
}
