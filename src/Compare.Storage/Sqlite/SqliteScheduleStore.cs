using Compare.Storage.Schedules;
using Microsoft.Data.Sqlite;

namespace Compare.Storage.Sqlite;

internal sealed class SqliteScheduleStore(SqliteDatabase database) : IScheduleStore
{
    private const string Columns = "id, cron, time_zone, outlet_ids, watch_id, source, created_at";

    public async Task<bool> AddAsync(CrawlSchedule schedule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return await WriteAsync(
            $"INSERT OR IGNORE INTO crawl_schedules({Columns}) VALUES ($id, $c, $tz, $o, $w, $src, $at);", schedule, cancellationToken)
            .ConfigureAwait(false) > 0;
    }

    public async Task UpsertAsync(CrawlSchedule schedule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        await WriteAsync(
            $"INSERT INTO crawl_schedules({Columns}) VALUES ($id, $c, $tz, $o, $w, $src, $at) ON CONFLICT(id) DO UPDATE SET " +
            "cron = $c, time_zone = $tz, outlet_ids = $o, watch_id = $w, source = $src;",
            schedule, cancellationToken).ConfigureAwait(false);
    }

    public async Task<CrawlSchedule?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var list = await QueryAsync($"SELECT {Columns} FROM crawl_schedules WHERE id = $id;", id, cancellationToken).ConfigureAwait(false);
        return list.Count == 0 ? null : list[0];
    }

    public Task<IReadOnlyList<CrawlSchedule>> ListAsync(CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {Columns} FROM crawl_schedules ORDER BY id;", null, cancellationToken);

    public async Task<bool> RemoveAsync(string id, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(connection, "DELETE FROM crawl_schedules WHERE id = $id;");
            command.Parameters.AddWithValue("$id", id);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
        }
    }

    private async Task<int> WriteAsync(string sql, CrawlSchedule s, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(connection, sql);
            command.Parameters.AddWithValue("$id", s.Id);
            command.Parameters.AddWithValue("$c", s.Cron);
            command.Parameters.AddWithValue("$tz", s.TimeZone);
            command.Parameters.AddWithValue("$o", string.Join(' ', s.OutletIds));
            command.Parameters.AddWithValue("$w", SqliteValues.OrNull(s.WatchId));
            command.Parameters.AddWithValue("$src", s.Source.ToString());
            command.Parameters.AddWithValue("$at", SqliteValues.Time(s.CreatedAt));
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<IReadOnlyList<CrawlSchedule>> QueryAsync(string sql, string? id, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(connection, sql);
            command.Parameters.AddWithValue("$id", SqliteValues.OrNull(id));
            var list = new List<CrawlSchedule>();
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

    private static CrawlSchedule Read(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3).Split(' ', StringSplitOptions.RemoveEmptyEntries),
        SqliteValues.ReadStringOrNull(r, 4), Enum.Parse<ScheduleSource>(r.GetString(5)), SqliteValues.ReadTime(r, 6));
}
