using Compare.Storage.Robots;

namespace Compare.Storage.Postgres;

internal sealed class PostgresRobotsCacheStore(PostgresDatabase database) : IRobotsCacheStore
{
    public async Task<RobotsCacheEntry?> GetAsync(string authority, CancellationToken cancellationToken) =>
        (await database.QueryAsync(
            "SELECT authority, status_code, body, fetched_at, expires_at FROM robots_cache WHERE authority = @a;",
            p => p.AddText("a", authority),
            r => new RobotsCacheEntry(r.GetString(0), r.GetInt32(1), r.GetString(2), PostgresValues.ReadTime(r, 3),
                PostgresValues.ReadTime(r, 4)),
            cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    public async Task SaveAsync(RobotsCacheEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await database.ExecuteAsync(
            "INSERT INTO robots_cache(authority, status_code, body, fetched_at, expires_at) VALUES (@a, @s, @b, @f, @e) " +
            "ON CONFLICT (authority) DO UPDATE SET status_code = EXCLUDED.status_code, body = EXCLUDED.body, " +
            "fetched_at = EXCLUDED.fetched_at, expires_at = EXCLUDED.expires_at;",
            p =>
            {
                p.AddText("a", entry.Authority);
                p.AddInt("s", entry.StatusCode);
                p.AddText("b", entry.Body);
                p.AddTime("f", entry.FetchedAt);
                p.AddTime("e", entry.ExpiresAt);
            },
            cancellationToken).ConfigureAwait(false);
    }
}
