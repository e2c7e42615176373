using System.Globalization;
using System.Text.RegularExpressions;
using Compare.Core.Analysis.Slots.Quantities;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Slots.Dates;

/// <summary>Turns one pattern match of <see cref="DateParser"/> into a date mention, resolving what needs the article date.</summary>
internal static class DateMentions
{
    private static readonly HashSet<string> MonthLeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "until", "till", "through", "throughout", "by", "from", "to", "of", "during", "before", "after", "early", "late",
        "mid", "the", "and", "or", "between", "around", "starting", "beginning", "ending", "last", "next", "this", "as", "for",
    };

    /// <summary>Nouns after a weekday that make it a kind of thing, not a date: "Sunday hours", "Friday prayers".</summary>
    private static readonly HashSet<string> WeekdayAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "hours", "closures", "closure", "service", "services", "school", "edition", "editions", "paper", "papers", "market",
        "markets", "mass", "brunch", "shift", "shifts", "schedule", "schedules", "opening", "openings", "trading", "session",
        "sessions", "worship", "lunch", "dinner", "collection", "collections", "newspaper", "crossword", "show", "shows", "league",
        "prayers", "prayer", "best", "times", "routine", "routines",
    };

    private static readonly HashSet<string> PastVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "told", "met", "held", "took", "made", "gave", "came", "went", "fell", "rose", "won", "lost", "began", "left", "sent",
        "shot", "hit", "struck", "cut", "set", "put", "spoke", "wrote", "saw", "found", "paid", "brought", "bought", "sold", "led",
    };

    private static readonly HashSet<string> WeekdayPrefixes = new(StringComparer.Ordinal)
    {
        "Super", "Black", "Good", "Cyber", "Ash", "Palm", "Holy", "Easter", "Bloody", "Maundy", "Giving", "Fat", "Shrove",
    };

    /// <summary>First letters of month names: a sentence without any of them has no named month.</summary>
    public static DateMention? Build(Match m, (DateOnly From, DateOnly To)? range, DateGranularity granularity, int year = 2000) =>
        range is { } r && Calendar.ValidYear(year) ? Calendar.Mention(r, granularity, m.Value, m.Index) : null;

    public static DateMention? Day(Match m, int year, int month, int day) =>
        Calendar.Day(year, month, day) is { } d ? Calendar.Mention((d, d), DateGranularity.Day, m.Value, m.Index) : null;

    public static DateMention? DayOf(Match m, DateOnly? day) =>
        day is { } d ? Calendar.Mention((d, d), DateGranularity.Day, m.Value, m.Index) : null;

    public static DateMention? Unit(Match m, ((DateOnly From, DateOnly To) Range, DateGranularity Granularity)? resolved) =>
        resolved is { } r ? Calendar.Mention(r.Range, r.Granularity, m.Value, m.Index) : null;

    /// <summary>"14 March", "March 14, 2025"; "17-18 June" is the two days.</summary>
    public static DateMention? MonthDay(Match m, DateOnly? published, Tense tense)
    {
        var mention = MonthDay(m, Int(m, "d"), published, tense);
        if (mention is null || !m.Groups["d0"].Success || Int(m, "d0") is var first && (first < 1 || first >= mention.From.Day))
        {
            return mention;
        }

        return mention with { From = mention.From.AddDays(first - mention.From.Day) };
    }

    /// <summary>"the third of December": the day written as an ordinal word.</summary>
    public static DateMention? OrdinalDayMonth(Match m, DateOnly? published, Tense tense) =>
        DateWords.TryOrdinalDay(m.Groups["dw"].Value, out var day) ? MonthDay(m, day, published, tense) : null;

    private static DateMention? MonthDay(Match m, int day, DateOnly? published, Tense tense)
    {
        if (!DateWords.TryMonth(m.Groups["mon"].Value, out var month))
        {
            return null;
        }

        if (m.Groups["y"].Success)
        {
            return Day(m, Int(m, "y"), month, day);
        }

        return Calendar.Day(2000, month, day) is null ? null : DayOf(m, RelativeDates.MonthDay(month, day, published, tense));
    }

    public static DateMention? MonthYear(Match m) =>
        DateWords.TryMonth(m.Groups["mon"].Value, out var month) && Calendar.ValidYear(Int(m, "y"))
            ? Calendar.Mention(Calendar.Month(Int(m, "y"), month), DateGranularity.Month, m.Value, m.Index)
            : null;

    /// <summary>
    /// A month name alone is a date only after a preposition or time word ("in May", "since April", "the November ballot").
    /// </summary>
    public static DateMention? MonthAlone(Match m, string text, DateOnly? published, bool future)
    {
        var relation = m.Groups["rel"].Success ? m.Groups["rel"].Value : null;
        if (relation is null && !MonthLeads.Contains(WordBefore(text, m.Index)))
        {
            return null;
        }

        if (!DateWords.TryMonth(m.Groups["mon"].Value, out var month))
        {
            return null;
        }

        return Build(m, RelativeDates.Month(month, relation, published, future), DateGranularity.Month);
    }

    public static DateMention? Weekday(Match m, string text, DateOnly? published, bool future)
    {
        if (IsAttributive(m, text) || !DateWords.TryWeekday(m.Groups["wd"].Value, out var day))
        {
            return null;
        }

        if (m.Groups["wk"].Success)
        {
            return DayOf(m, RelativeDates.WeekdayOfWeek(day, m.Groups["wk"].Value, published));
        }

        var relation = m.Groups["rel"].Success ? m.Groups["rel"].Value : null;

        // "approved Wednesday", "said Friday": a past verb right before the day points back whatever else the sentence says.
        var before = WordBefore(text, m.Index);
        var past = before.EndsWith("ed", StringComparison.Ordinal) || PastVerbs.Contains(before);

        // "has called a strike for Friday", "a vote set for Tuesday": what is set for a day is still to come ("blamed for
        // Friday's attack" is not).
        var end = m.Index + m.Length;
        var possessive = end < text.Length && text[end] is '\'' or '’';
        var scheduled = before.Equals("for", StringComparison.OrdinalIgnoreCase) && !possessive;
        return DayOf(m, RelativeDates.Weekday(day, relation, published, scheduled || (future && !past)));
    }

    public static bool IsAttributive(Match m, string text)
    {
        var before = WordBefore(text, m.Index);
        if (before.Length > 0 && WeekdayPrefixes.Contains(before))
        {
            return true;
        }

        var after = WordAfter(text, m.Index + m.Length);
        return after.Length > 0 && char.IsLower(after[0]) && WeekdayAttributes.Contains(after);
    }

    public static DateMention? EdgeOfYear(Match m)
    {
        var y = Int(m, "y");
        var range = m.Groups["edge"].Value switch
        {
            "start" or "beginning" => Calendar.Months(y, 1, 3),
            "middle" => Calendar.Months(y, 5, 8),
            _ => Calendar.Months(y, 10, 12),
        };
        return Build(m, range, DateGranularity.PartOfYear, y);
    }

    public static DateMention? Quarter(Match m)
    {
        var q = m.Groups["qn"].Success ? Int(m, "qn") : QuarterNumber(m.Groups["q"].Value);
        var y = Int(m, "y");
        return Build(m, Calendar.Months(y, 3 * q - 2, 3 * q), DateGranularity.PartOfYear, y);
    }

    /// <summary>
    /// "the third quarter", "fourth-quarter results" without a year: the latest such quarter begun by the article's day, or,
    /// when the sentence looks ahead, the next one not yet over ("will book a charge in the first quarter"), unless it
    /// names the quarter's figures. "the end of the third quarter" is the quarter's last month.
    /// </summary>
    public static DateMention? QuarterAlone(Match m, string text, DateOnly? published, bool future)
    {
        if (published is not { } p)
        {
            return null;
        }

        var q = QuarterNumber(m.Groups["q"].Value);
        var current = ((p.Month - 1) / 3) + 1;

        // "its fourth-quarter results", "against first-quarter earnings": a quarter's figures belong to a quarter already
        // begun, whatever the tense ("said it would cut jobs, announcing the plan alongside its fourth-quarter results").
        var begun = !future || ResultNouns.Contains(WordAfter(text, m.Index + m.Length));
        var year = begun ? (q <= current ? p.Year : p.Year - 1) : (q >= current ? p.Year : p.Year + 1);
        return m.Groups["end"].Success
            ? Build(m, Calendar.Month(year, 3 * q), DateGranularity.Month)
            : Build(m, Calendar.Months(year, 3 * q - 2, 3 * q), DateGranularity.PartOfYear);
    }

    /// <summary>"the last three months of 2025" is its fourth quarter, "the first six months of 2024" its first half.</summary>
    public static DateMention? MonthsOfYear(Match m)
    {
        var y = Int(m, "y");
        var span = m.Groups["n"].Value is "three" or "3" ? 3 : 6;
        var first = m.Groups["edge"].Value == "first" ? 1 : 13 - span;
        return Build(m, Calendar.Months(y, first, first + span - 1), DateGranularity.PartOfYear, y);
    }

    /// <summary>Nouns of a quarter's figures: "fourth-quarter results", "first-quarter net loss".</summary>
    private static readonly HashSet<string> ResultNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "results", "earnings", "revenue", "revenues", "sales", "loss", "losses", "profit", "profits", "figures", "numbers", "net",
        "operating", "gdp", "growth", "output", "report",
    };

    private static int QuarterNumber(string word) => word.ToLowerInvariant() switch
    {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        _ => 4,
    };

    public static DateMention? Half(Match m)
    {
        var h = m.Groups["hn"].Success ? Int(m, "hn") : m.Groups["h"].Value == "first" ? 1 : 2;
        var y = Int(m, "y");
        return Build(m, h == 1 ? Calendar.Months(y, 1, 6) : Calendar.Months(y, 7, 12), DateGranularity.PartOfYear, y);
    }

    /// <summary>
    /// "the 1990s", "the early 1990s", "mid-1990s", "the '90s": a two-digit decade is the latest one not after the article.
    /// </summary>
    public static DateMention? Decade(Match m, DateOnly? published)
    {
        int start;
        if (m.Groups["dec"].Success)
        {
            start = Int(m, "dec");
        }
        else
        {
            var dd = Int(m, "dd");
            var reference = published?.Year ?? 2029;
            start = 2000 + dd <= reference ? 2000 + dd : 1900 + dd;
        }

        var part = m.Groups["part"].Success ? m.Groups["part"].Value : null;
        return Build(m, Calendar.Decade(start, part), DateGranularity.Decade, start);
    }

    public static DateMention? YearRange(Match m)
    {
        var y1 = Int(m, "y1");
        var y2Text = m.Groups["y2"].Value;
        var y2 = Int(m, "y2");
        if (y2Text.Length == 2)
        {
            y2 += y1 / 100 * 100;
        }

        return y2 > y1 && y2 - y1 <= 100 && Calendar.ValidYear(y1)
            ? Calendar.Mention((new DateOnly(y1, 1, 1), new DateOnly(y2, 12, 31)), DateGranularity.Year, m.Value, m.Index)
            : null;
    }

    public static DateMention? RecentSpan(Match m, DateOnly? published)
    {
        int? count = null;
        if (m.Groups["n"].Success)
        {
            if (!TryCount(m.Groups["n"].Value, out var n))
            {
                return null;
            }

            count = n;
        }

        var unit = m.Groups["unit"].Value;
        var granularity = unit.StartsWith("decade", StringComparison.Ordinal) ? DateGranularity.Decade
            : unit.StartsWith("year", StringComparison.Ordinal) ? DateGranularity.Year
            : DateGranularity.PartOfYear;
        return Build(m, RelativeDates.Span(m.Groups["rel"].Value, count, unit, published), granularity);
    }

    public static DateMention? Ago(Match m, DateOnly? published) =>
        TryCount(m.Groups["n"].Value, out var n) ? Unit(m, RelativeDates.Ago(n, m.Groups["unit"].Value, published)) : null;

    private static int Int(Match m, string group) =>
        m.Groups[group].Success ? int.Parse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) : 0;

    private static bool TryCount(string word, out int count)
    {
        word = word.ToLowerInvariant();
        if (word is "a" or "an" or "one")
        {
            count = 1;
            return true;
        }

        if (word is "few" or "several" or "couple")
        {
            count = 3;
            return true;
        }

        return int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out count) || NumberWords.TryCardinal(word, out count);
    }

    private static string WordBefore(string text, int index)
    {
        var e = index;
        while (e > 0 && (text[e - 1] is ' ' or '-' or '\u00A0'))
        {
            e--;
        }

        var b = e;
        while (b > 0 && char.IsLetter(text[b - 1]) && e - b < 20)
        {
            b--;
        }

        return text[b..e];
    }

    private static string WordAfter(string text, int index)
    {
        var b = index;
        while (b < text.Length && text[b] == ' ')
        {
            b++;
        }

        var e = b;
        while (e < text.Length && char.IsLetter(text[e]) && e - b < 20)
        {
            e++;
        }

        return text[b..e];
    }
}
