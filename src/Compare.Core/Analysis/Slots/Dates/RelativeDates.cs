using Compare.Core.Domain;

namespace Compare.Core.Analysis.Slots.Dates;

/// <summary>
/// Resolves dates that need the article's date: a month or day without a year, a weekday, "yesterday", "last week",
/// "in recent weeks". Without a publication date every method returns null: relative dates are dropped, never guessed.
/// </summary>
internal static class RelativeDates
{
    /// <summary>Days from the article within which a month and day without a year are taken as the nearest such day.</summary>
    private const int NearDays = 45;

    /// <summary>
    /// "Oct 7" without a year: the nearest one when one is within 45 days of the article, whatever the tense (a reporter
    /// writes the year of a date a year off, and "service returns on Monday, May 4, the authority said" written on May 3
    /// means tomorrow, not a year ago, however past "said" reads); otherwise, in a past-tense sentence the latest one not
    /// after the article, in a future-tense one the next one (the article's own day counts for both), else the nearest,
    /// leaning to the past (the future one is taken when it is less than half as far).
    /// </summary>
    public static DateOnly? MonthDay(int month, int day, DateOnly? published, Tense tense)
    {
        if (published is not { } p)
        {
            return null;
        }

        DateOnly? past = null, next = null;
        for (var y = p.Year - 1; y <= p.Year + 1; y++)
        {
            if (Calendar.Day(y, month, day) is not { } d)
            {
                continue;
            }

            if (d <= p)
            {
                past = d;
            }
            else
            {
                next ??= d;
            }
        }

        if (past is null || next is null)
        {
            return past ?? next;
        }

        var pastDays = p.DayNumber - past.Value.DayNumber;
        var nextDays = next.Value.DayNumber - p.DayNumber;
        if (Math.Min(pastDays, nextDays) <= NearDays)
        {
            return pastDays <= nextDays ? past : next;
        }

        return tense switch
        {
            Tense.Past => past,
            Tense.Future => pastDays == 0 ? past : next,
            _ => nextDays * 2 < pastDays ? next : past,
        };
    }

    /// <summary>"in February": the most recent February (this month counts), or the next one when the sentence looks ahead.</summary>
    public static (DateOnly From, DateOnly To)? Month(int month, string? relation, DateOnly? published, bool future)
    {
        if (published is not { } p)
        {
            return null;
        }

        var year = relation?.ToLowerInvariant() switch
        {
            "last" => month < p.Month ? p.Year : p.Year - 1,
            "next" => month > p.Month ? p.Year : p.Year + 1,
            "this" => p.Year,
            _ when future => month >= p.Month ? p.Year : p.Year + 1,
            _ => month <= p.Month ? p.Year : p.Year - 1,
        };
        return Calendar.Month(year, month);
    }

    /// <summary>
    /// "Tuesday": the most recent Tuesday (the article's own day counts), or the coming one when the sentence looks ahead;
    /// "last Tuesday" the most recent before the article's day; "next Tuesday" the first after it.
    /// </summary>
    public static DateOnly? Weekday(DayOfWeek day, string? relation, DateOnly? published, bool future)
    {
        if (published is not { } p)
        {
            return null;
        }

        var back = ((int)p.DayOfWeek - (int)day + 7) % 7;
        var ahead = ((int)day - (int)p.DayOfWeek + 7) % 7;
        return relation?.ToLowerInvariant() switch
        {
            "last" or "past" => p.AddDays(back == 0 ? -7 : -back),
            "next" => p.AddDays(ahead == 0 ? 7 : ahead),
            _ when future => p.AddDays(ahead),
            _ => p.AddDays(-back),
        };
    }

    /// <summary>"Wednesday of next week": the day in the week (Monday to Sunday) before, of or after the article's.</summary>
    public static DateOnly? WeekdayOfWeek(DayOfWeek day, string week, DateOnly? published)
    {
        if (published is not { } p)
        {
            return null;
        }

        var monday = p.AddDays(-(((int)p.DayOfWeek + 6) % 7));
        var shift = week.ToLowerInvariant() switch { "next" => 7, "last" => -7, _ => 0 };
        return monday.AddDays(shift + (((int)day + 6) % 7));
    }

    /// <summary>"today", "yesterday", "tomorrow", "tonight", "last night", "this morning".</summary>
    public static DateOnly? Day(string word, DateOnly? published)
    {
        if (published is not { } p)
        {
            return null;
        }

        var w = word.ToLowerInvariant();
        return w.StartsWith("yesterday", StringComparison.Ordinal) || w.StartsWith("last", StringComparison.Ordinal) ? p.AddDays(-1)
            : w.StartsWith("tomorrow", StringComparison.Ordinal) ? p.AddDays(1)
            : p;
    }

    /// <summary>"last week", "this month", "next year", "the past week", "last weekend".</summary>
    public static ((DateOnly From, DateOnly To) Range, DateGranularity Granularity)? Unit(string relation, string unit, DateOnly? published)
    {
        if (published is not { } p)
        {
            return null;
        }

        var rel = relation.ToLowerInvariant();
        var shift = rel switch { "last" => -1, "next" or "coming" => 1, _ => 0 };
        switch (unit.ToLowerInvariant())
        {
            case "week" when rel == "past":
                return ((p.AddDays(-7), p), DateGranularity.PartOfYear);
            case "week":
                var monday = Calendar.WeekStart(p).AddDays(7 * shift);
                return ((monday, monday.AddDays(6)), DateGranularity.PartOfYear);
            case "weekend":
                var saturday = Calendar.WeekStart(p).AddDays(5 + 7 * shift);
                return ((saturday, saturday.AddDays(1)), DateGranularity.PartOfYear);
            case "month" when rel == "past":
                return ((p.AddMonths(-1), p), DateGranularity.PartOfYear);
            case "month":
                var m = new DateOnly(p.Year, p.Month, 1).AddMonths(shift);
                return (Calendar.Month(m.Year, m.Month), DateGranularity.Month);
            case "year" when rel == "past":
                return ((p.AddYears(-1), p), DateGranularity.PartOfYear);
            default:
                return (Calendar.Year(p.Year + shift), DateGranularity.Year);
        }
    }

    /// <summary>
    /// "earlier this month" = from its first day to the article's day; "later this year" = from the article's day to its end.
    /// </summary>
    public static (DateOnly From, DateOnly To)? EarlierLater(bool earlier, string unit, DateOnly? published)
    {
        if (published is not { } p)
        {
            return null;
        }

        var (from, to) = unit.ToLowerInvariant() switch
        {
            "week" => (Calendar.WeekStart(p), Calendar.WeekStart(p).AddDays(6)),
            "month" => Calendar.Month(p.Year, p.Month),
            _ => Calendar.Year(p.Year),
        };
        return earlier ? (from, p) : (p, to);
    }

    /// <summary>
    /// "in recent weeks", "over the past two months", "in the coming days": a span ending (or starting) at the article's day.
    /// Without a count: days = 7, weeks = 4, months = 3, years = 3, decades = 2.
    /// </summary>
    public static (DateOnly From, DateOnly To)? Span(string relation, int? count, string unit, DateOnly? published)
    {
        if (published is not { } p)
        {
            return null;
        }

        var u = unit.ToLowerInvariant().TrimEnd('s');
        var n = count ?? u switch { "day" => 7, "week" => 4, "month" => 3, "year" => 3, _ => 2 };
        var forward = relation.ToLowerInvariant() is "coming" or "next";
        var sign = forward ? 1 : -1;
        var other = u switch
        {
            "day" => p.AddDays(sign * n),
            "week" => p.AddDays(sign * 7 * n),
            "month" => p.AddMonths(sign * n),
            "year" => p.AddYears(sign * n),
            _ => p.AddYears(sign * 10 * n),
        };
        return forward ? (p, other) : (other, p);
    }

    /// <summary>
    /// "three days ago" = that day; "two weeks ago" = that week; "a month ago" = that month; "two years ago" = that year.
    /// </summary>
    public static ((DateOnly From, DateOnly To) Range, DateGranularity Granularity)? Ago(int count, string unit, DateOnly? published)
    {
        if (published is not { } p || count is < 0 or > 1000)
        {
            return null;
        }

        switch (unit.ToLowerInvariant().TrimEnd('s'))
        {
            case "day":
                var d = p.AddDays(-count);
                return ((d, d), DateGranularity.Day);
            case "week":
                var monday = Calendar.WeekStart(p.AddDays(-7 * count));
                return ((monday, monday.AddDays(6)), DateGranularity.PartOfYear);
            case "month":
                var m = p.AddMonths(-count);
                return (Calendar.Month(m.Year, m.Month), DateGranularity.Month);
            case "year":
                return (Calendar.Year(p.Year - count), DateGranularity.Year);
            default:
                return (Calendar.Year(p.Year - 10 * count), DateGranularity.Year);
        }
    }

    /// <summary>"this summer", "last winter", "next spring".</summary>
    public static (DateOnly From, DateOnly To)? Season(string relation, string season, DateOnly? published)
    {
        if (published is not { } p)
        {
            return null;
        }

        var year = season.Equals("winter", StringComparison.OrdinalIgnoreCase) && p.Month <= 2 ? p.Year - 1 : p.Year;
        var current = Calendar.Season(season, year);
        return relation.ToLowerInvariant() switch
        {
            "last" => current.To < p ? current : Calendar.Season(season, year - 1),
            "next" => current.From > p ? current : Calendar.Season(season, year + 1),
            _ => current,
        };
    }
}
