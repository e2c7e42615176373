using Compare.Core.Domain;

namespace Compare.Core.Analysis.Slots.Dates;

/// <summary>Calendar intervals: years, months, seasons, parts of years and decades, as inclusive <see cref="DateOnly"/> ranges.</summary>
internal static class Calendar
{
    public const int MinYear = 1000;

    public const int MaxYear = 2999;

    public static bool ValidYear(int year) => year is >= MinYear and <= MaxYear;

    public static (DateOnly From, DateOnly To) Year(int year) => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static (DateOnly From, DateOnly To) Month(int year, int month) =>
        (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    public static (DateOnly From, DateOnly To) Months(int year, int firstMonth, int lastMonth) =>
        (new DateOnly(year, firstMonth, 1), new DateOnly(year, lastMonth, DateTime.DaysInMonth(year, lastMonth)));

    public static DateOnly? Day(int year, int month, int day) =>
        ValidYear(year) && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month,
            day) : null;

    /// <summary>
    /// Seasons of the northern hemisphere, by meteorological months: spring March-May, summer June-August, autumn/fall
    /// September-November, winter December of <paramref name="year"/> to February of the next year.
    /// </summary>
    public static (DateOnly From, DateOnly To) Season(string season, int year) => season.ToLowerInvariant() switch
    {
        "spring" => Months(year, 3, 5),
        "summer" => Months(year, 6, 8),
        "autumn" or "fall" => Months(year, 9, 11),
        _ => (new DateOnly(year, 12, 1), new DateOnly(year + 1, 2, DateTime.DaysInMonth(year + 1, 2))),
    };

    /// <summary>"early 2024" = January-April, "mid-2024" = May-August, "late 2024" = September-December.</summary>
    public static (DateOnly From, DateOnly To) PartOfYear(string part, int year) => part.ToLowerInvariant() switch
    {
        "early" => Months(year, 1, 4),
        "mid" => Months(year, 5, 8),
        _ => Months(year, 9, 12),
    };

    /// <summary>"the 1990s" = 1990-1999; early = first four years (1990-1993), mid = 1994-1996, late = 1997-1999.</summary>
    public static (DateOnly From, DateOnly To) Decade(int start, string? part) => part?.ToLowerInvariant() switch
    {
        "early" => (new DateOnly(start, 1, 1), new DateOnly(start + 3, 12, 31)),
        "mid" => (new DateOnly(start + 4, 1, 1), new DateOnly(start + 6, 12, 31)),
        "late" => (new DateOnly(start + 7, 1, 1), new DateOnly(start + 9, 12, 31)),
        _ => (new DateOnly(start, 1, 1), new DateOnly(start + 9, 12, 31)),
    };

    /// <summary>Monday of the week holding <paramref name="day"/> (weeks run Monday to Sunday).</summary>
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static DateMention Mention((DateOnly From, DateOnly To) range, DateGranularity granularity, string text, int start) =>
        new(range.From, range.To, granularity, text, start, text.Length);
}
