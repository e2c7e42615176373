using System.Globalization;
using System.Text;
using Compare.Storage.Stories;

namespace Compare.Storage.Sqlite;

/// <summary>Story listing with filters and keyset paging (update time, id): a page costs the same however deep it is.</summary>
internal sealed partial class SqliteStoryStore
{
    public async Task<IReadOnlyList<StoredStory>> ListPageAsync(StoryQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sql = new StringBuilder($"SELECT {StoryColumns} FROM stories s WHERE merged_into IS NULL AND closed_at IS NULL AND article_count > 0");
        var parameters = new List<(string, object)>();
        if (query.OutletId is not null)
        {
            sql.Append(" AND instr(' ' || outlet_ids || ' ', ' ' || $outlet || ' ') > 0");
            parameters.Add(("$outlet", query.OutletId));
        }

        if (query.UpdatedFrom is { } from)
        {
            sql.Append(" AND updated_at >= $from");
            parameters.Add(("$from", SqliteValues.Time(from)));
        }

        if (query.UpdatedBefore is { } before)
        {
            sql.Append(" AND updated_at < $before");
            parameters.Add(("$before", SqliteValues.Time(before)));
        }

        for (var i = 0; i < query.Words.Count; i++)
        {
            var name = "$w" + i.ToString(CultureInfo.InvariantCulture);
            sql.Append(CultureInfo.InvariantCulture,
                $" AND (s.label LIKE {name} ESCAPE '\\' OR EXISTS (SELECT 1 FROM story_members m JOIN articles a ON a.id = m.article_id " +
                $"WHERE m.story_id = s.id AND a.title LIKE {name} ESCAPE '\\'))");
            parameters.Add((name, "%" + EscapeLike(query.Words[i]) + "%"));
        }

        if (query.After is { } after)
        {
            sql.Append(" AND (updated_at < $cu OR (updated_at = $cu AND id > $ci))");
            parameters.Add(("$cu", SqliteValues.Time(after.UpdatedAt)));
            parameters.Add(("$ci", after.Id));
        }

        sql.Append(" ORDER BY updated_at DESC, id LIMIT $limit;");
        parameters.Add(("$limit", query.Limit));

        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteValues.Command(connection, sql.ToString());
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }

            var list = new List<StoredStory>();
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    list.Add(ReadStory(reader));
                }
            }

            return list;
        }
    }

    private static string EscapeLike(string word) =>
        word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
