using Compare.Storage.Schedules;
using Npgsql;

namespace Compare.Storage.Postgres;

internal sealed class PostgresScheduleStore(PostgresDatabase database) : IScheduleStore
{
    private const string Columns = "id, cron, time_zone, outlet_ids, watch_id, source, created_at";

    public async Task<bool> AddAsync(CrawlSchedule schedule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return await database.ExecuteAsync(
            $"INSERT INTO crawl_schedules({Columns}) VALUES (@id, @c, @tz, @o, @w, @src, @at) ON CONFLICT (id) DO NOTHING;",
            p => Bind(p, schedule), cancellationToken).ConfigureAwait(false) > 0;
    }

    public async Task UpsertAsync(CrawlSchedule schedule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        await database.ExecuteAsync(
            $"INSERT INTO crawl_schedules({Columns}) VALUES (@id, @c, @tz, @o, @w, @src, @at) ON CONFLICT (id) DO UPDATE SET " +
            "cron = EXCLUDED.cron, time_zone = EXCLUDED.time_zone, outlet_ids = EXCLUDED.outlet_ids, watch_id = EXCLUDED.watch_id, " +
            "source = EXCLUDED.source;",
            p => Bind(p, schedule), cancellationToken).ConfigureAwait(false);
    }

    public async Task<CrawlSchedule?> GetAsync(string id, CancellationToken cancellationToken) =>
        (await database.QueryAsync($"SELECT {Columns} FROM crawl_schedules WHERE id = @id;", p => p.AddText("id", id), Read,
            cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    public async Task<IReadOnlyList<CrawlSchedule>> ListAsync(CancellationToken cancellationToken) =>
        await database.QueryAsync($"SELECT {Columns} FROM crawl_schedules ORDER BY id;", _ => { }, Read, cancellationToken)
            .ConfigureAwait(false);

    public async Task<bool> RemoveAsync(string id, CancellationToken cancellationToken) =>
        await database.ExecuteAsync("DELETE FROM crawl_schedules WHERE id = @id;", p => p.AddText("id", id), cancellationToken)
            .ConfigureAwait(false) > 0;

    private static void Bind(NpgsqlParameterCollection p, CrawlSchedule s)
    {
        p.AddText("id", s.Id);
        p.AddText("c", s.Cron);
        p.AddText("tz", s.TimeZone);
        p.AddTextArray("o", s.OutletIds);
        p.AddText("w", s.WatchId);
        p.AddText("src", s.Source.ToString());
        p.AddTime("at", s.CreatedAt);
    }

    private static CrawlSchedule Read(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), PostgresValues.ReadTextArray(r, 3), PostgresValues.ReadStringOrNull(r, 4),
        Enum.Parse<ScheduleSource>(r.GetString(5)), PostgresValues.ReadTime(r, 6));
}
