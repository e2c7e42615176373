using System.Globalization;
using System.Text;
using Compare.Storage.Stories;

namespace Compare.Storage.Postgres;

/// <summary>Story listing with filters and keyset paging (update time, id): a page costs the same however deep it is.</summary>
internal sealed partial class PostgresStoryStore
{
    public async Task<IReadOnlyList<StoredStory>> ListPageAsync(StoryQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sql = new StringBuilder(
            $"SELECT {StoryColumns} FROM stories s WHERE merged_into IS NULL AND closed_at IS NULL AND article_count > 0");
        if (query.OutletId is not null)
        {
            sql.Append(" AND @outlet = ANY(outlet_ids)");
        }

        if (query.UpdatedFrom is not null)
        {
            sql.Append(" AND updated_at >= @from");
        }

        if (query.UpdatedBefore is not null)
        {
            sql.Append(" AND updated_at < @before");
        }

        for (var i = 0; i < query.Words.Count; i++)
        {
            var name = "@w" + i.ToString(CultureInfo.InvariantCulture);
            sql.Append(CultureInfo.InvariantCulture,
                $" AND (s.label ILIKE {name} ESCAPE '\\' OR EXISTS (SELECT 1 FROM story_members m JOIN articles a ON a.id = m.article_id " +
                $"WHERE m.story_id = s.id AND a.title ILIKE {name} ESCAPE '\\'))");
        }

        if (query.After is not null)
        {
            sql.Append(" AND (updated_at < @cu OR (updated_at = @cu AND id > @ci))");
        }

        // LIMIT NULL is no limit, as a negative LIMIT is in SQLite.
        sql.Append(" ORDER BY updated_at DESC, id LIMIT @limit;");

        return await database.QueryAsync(
            sql.ToString(),
            p =>
            {
                p.AddText("outlet", query.OutletId);
                p.AddTime("from", query.UpdatedFrom);
                p.AddTime("before", query.UpdatedBefore);
                for (var i = 0; i < query.Words.Count; i++)
                {
                    p.AddText("w" + i.ToString(CultureInfo.InvariantCulture), "%" + EscapeLike(query.Words[i]) + "%");
                }

                p.AddTime("cu", query.After?.UpdatedAt);
                p.AddText("ci", query.After?.Id);
                p.AddInt("limit", query.Limit < 0 ? null : query.Limit);
            },
            ReadStory,
            cancellationToken).ConfigureAwait(false);
    }

    private static string EscapeLike(string word) =>
        word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_",
            StringComparison.Ordinal);
}
