using System.Globalization;
using System.Text.RegularExpressions;
using Compare.Core.Analysis.Text;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Slots;

/// <summary>
/// Finds dates and periods and turns them into inclusive calendar intervals: "1987", "the early 1990s", "February 2024",
/// "October 7, 2023", "7 October 2023", "Oct 7" and "last Tuesday" (against the article date), "2023-10-07", "summer 2019",
/// "in recent weeks". Hand-written on source-generated patterns: no date recognizer restores offline. When patterns overlap
/// the longest wins ("Wednesday, June 10" over "June 10").
/// </summary>
internal static class DateParser
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
    private static readonly System.Buffers.SearchValues<char> MonthStarts = System.Buffers.SearchValues.Create("JFMASOND");

    public static DateParse Parse(SentenceText sentence, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = sentence.Text;
        var found = new List<DateCandidate>();
        var digits = text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        var months = text.AsSpan().IndexOfAny(MonthStarts) >= 0;

        // The tense is read only when an incomplete date needs it; most sentences have none.
        Tense? tenseCache = null;
        Tense TenseOf() => tenseCache ??= FutureCues.Of(sentence.Tokens);
        bool Future() => TenseOf() == Tense.Future;

        // Each pattern runs only when a word it needs is present: the checks are vectorised, the patterns are not.
        if (digits)
        {
            Collect(found, DatePatterns.Time().Matches(text), _ => null);
            Collect(found, DatePatterns.Iso().Matches(text), m => Day(m, Int(m, "y"), Int(m, "m"), Int(m, "d")));
            Collect(found, DatePatterns.YearRange().Matches(text), m => YearRange(m));
            Collect(found, DatePatterns.Year().Matches(text), m => Build(m, Calendar.Year(Int(m, "y")), DateGranularity.Year, Int(m, "y")));
            if (months)
            {
                Collect(found, DatePatterns.MonthDay().Matches(text), m => MonthDay(m, published, TenseOf()));
                Collect(found, DatePatterns.DayMonth().Matches(text), m => MonthDay(m, published, TenseOf()));
                Collect(found, DatePatterns.MonthYear().Matches(text), m => MonthYear(m));
            }

            if (Has(text, "0s"))
            {
                Collect(found, DatePatterns.Decade().Matches(text), m => Decade(m, published));
            }

            if (Has(text, "spring") || Has(text, "summer") || Has(text, "autumn") || Has(text, "fall") || Has(text, "winter"))
            {
                Collect(found, DatePatterns.SeasonYear().Matches(text), m => Build(m, Calendar.Season(m.Groups["season"].Value, Int(m, "y")),
                    DateGranularity.PartOfYear, Int(m, "y")));
            }

            if (Has(text, "early") || Has(text, "mid") || Has(text, "late"))
            {
                Collect(found, DatePatterns.PartOfYear().Matches(text), m => Build(m, Calendar.PartOfYear(m.Groups["part"].Value, Int(m, "y")),
                    DateGranularity.PartOfYear, Int(m, "y")));
            }

            if (Has(text, " of "))
            {
                Collect(found, DatePatterns.EdgeOfYear().Matches(text), m => EdgeOfYear(m));
            }

            if (Has(text, "quarter") || text.Contains('Q', StringComparison.Ordinal))
            {
                Collect(found, DatePatterns.Quarter().Matches(text), m => Quarter(m));
            }

            if (Has(text, "half") || text.Contains('H', StringComparison.Ordinal))
            {
                Collect(found, DatePatterns.Half().Matches(text), m => Half(m));
            }

            if (Has(text, "fiscal") || text.Contains("FY", StringComparison.Ordinal))
            {
                Collect(found, DatePatterns.Fiscal().Matches(text), m => Build(m, Calendar.Year(Int(m, "y")), DateGranularity.Year, Int(m, "y")));
            }
        }
        else if (Has(text, "0s"))
        {
            Collect(found, DatePatterns.Decade().Matches(text), m => Decade(m, published));
        }

        if (months)
        {
            Collect(found, DatePatterns.MonthAlone().Matches(text), m => MonthAlone(m, text, published, Future()));
        }

        if (Has(text, "spring") || Has(text, "summer") || Has(text, "autumn") || Has(text, "fall") || Has(text, "winter"))
        {
            Collect(found, DatePatterns.SeasonRelative().Matches(text), m => Build(m,
                RelativeDates.Season(m.Groups["rel"].Value, m.Groups["season"].Value, published), DateGranularity.PartOfYear));
        }

        if (Has(text, "day") || Has(text, "night") || Has(text, "this ") || Has(text, "tomorrow"))
        {
            Collect(found, DatePatterns.RelativeDay().Matches(text), m => DayOf(m, RelativeDates.Day(m.Value, published)));
            Collect(found, DatePatterns.WeekdayName().Matches(text), m => Weekday(m, text, published, Future()),
                keepUnresolved: m => !IsAttributive(m, text));
        }

        if (Has(text, "last") || Has(text, "next") || Has(text, "this") || Has(text, "past") || Has(text, "coming") || Has(text, "recent"))
        {
            Collect(found, DatePatterns.RelativeUnit().Matches(text), m => Unit(m, RelativeDates.Unit(m.Groups["rel"].Value, m.Groups["unit"].Value, published)));
            Collect(found, DatePatterns.RecentSpan().Matches(text), m => RecentSpan(m, published));
        }

        if (Has(text, "earlier") || Has(text, "later"))
        {
            Collect(found, DatePatterns.EarlierLater().Matches(text), m => Build(m, RelativeDates.EarlierLater(
                m.Groups["el"].Value.Equals("earlier", StringComparison.OrdinalIgnoreCase), m.Groups["unit"].Value, published), DateGranularity.PartOfYear));
        }

        if (Has(text, " ago"))
        {
            Collect(found, DatePatterns.Ago().Matches(text), m => Ago(m, published));
        }

        if (Has(text, "year"))
        {
            Collect(found, DatePatterns.RestOfYear().Matches(text), m => Build(m, published is { } p ? (p, new DateOnly(p.Year, 12, 31)) : null,
                DateGranularity.PartOfYear));
        }

        return Resolve(found, sentence.Offset);
    }

    private static void Collect(List<DateCandidate> found, MatchCollection matches, Func<Match, DateMention?> build,
        Func<Match, bool>? keepUnresolved = null)
    {
        foreach (Match m in matches)
        {
            var mention = build(m);
            if (mention is not null || keepUnresolved is null || keepUnresolved(m))
            {
                found.Add(new DateCandidate(new TextSpan(m.Index, m.Length), mention));
            }
        }
    }

    /// <summary>Longest candidates first, then leftmost; overlapping shorter ones are dropped. Offsets become article offsets.</summary>
    private static DateParse Resolve(List<DateCandidate> found, int offset)
    {
        found.Sort((a, b) => a.Span.Length != b.Span.Length ? b.Span.Length.CompareTo(a.Span.Length) : a.Span.Start.CompareTo(b.Span.Start));
        var kept = new List<DateCandidate>();
        foreach (var c in found)
        {
            if (!kept.Exists(k => k.Span.Overlaps(c.Span)))
            {
                kept.Add(c);
            }
        }

        kept.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var dates = new List<DateMention>();
        var blocked = new List<TextSpan>(kept.Count);
        foreach (var c in kept)
        {
            blocked.Add(c.Span);
            if (c.Mention is { } m)
            {
                dates.Add(m with { Start = m.Start + offset });
            }
        }

        return new DateParse(dates, blocked);
    }

    private static bool Has(string text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);

    private static int Int(Match m, string group) =>
        m.Groups[group].Success ? int.Parse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) : 0;

    private static DateMention? Build(Match m, (DateOnly From, DateOnly To)? range, DateGranularity granularity, int year = 2000) =>
        range is { } r && Calendar.ValidYear(year) ? Calendar.Mention(r, granularity, m.Value, m.Index) : null;

    private static DateMention? Day(Match m, int year, int month, int day) =>
        Calendar.Day(year, month, day) is { } d ? Calendar.Mention((d, d), DateGranularity.Day, m.Value, m.Index) : null;

    private static DateMention? DayOf(Match m, DateOnly? day) =>
        day is { } d ? Calendar.Mention((d, d), DateGranularity.Day, m.Value, m.Index) : null;

    private static DateMention? Unit(Match m, ((DateOnly From, DateOnly To) Range, DateGranularity Granularity)? resolved) =>
        resolved is { } r ? Calendar.Mention(r.Range, r.Granularity, m.Value, m.Index) : null;

    private static DateMention? MonthDay(Match m, DateOnly? published, Tense tense)
    {
        if (!DateWords.TryMonth(m.Groups["mon"].Value, out var month))
        {
            return null;
        }

        var day = Int(m, "d");
        if (m.Groups["y"].Success)
        {
            return Day(m, Int(m, "y"), month, day);
        }

        return Calendar.Day(2000, month, day) is null ? null : DayOf(m, RelativeDates.MonthDay(month, day, published, tense));
    }

    private static DateMention? MonthYear(Match m) =>
        DateWords.TryMonth(m.Groups["mon"].Value, out var month) && Calendar.ValidYear(Int(m, "y"))
            ? Calendar.Mention(Calendar.Month(Int(m, "y"), month), DateGranularity.Month, m.Value, m.Index)
            : null;

    /// <summary>A month name alone is a date only after a preposition or time word ("in May", "since April", "the November ballot").</summary>
    private static DateMention? MonthAlone(Match m, string text, DateOnly? published, bool future)
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

    private static DateMention? Weekday(Match m, string text, DateOnly? published, bool future)
    {
        if (IsAttributive(m, text) || !DateWords.TryWeekday(m.Groups["wd"].Value, out var day))
        {
            return null;
        }

        var relation = m.Groups["rel"].Success ? m.Groups["rel"].Value : null;

        // "approved Wednesday", "said Friday": a past verb right before the day points back whatever else the sentence says.
        var before = WordBefore(text, m.Index);
        var past = before.EndsWith("ed", StringComparison.Ordinal) || PastVerbs.Contains(before);
        return DayOf(m, RelativeDates.Weekday(day, relation, published, future && !past));
    }

    private static bool IsAttributive(Match m, string text)
    {
        var before = WordBefore(text, m.Index);
        if (before.Length > 0 && WeekdayPrefixes.Contains(before))
        {
            return true;
        }

        var after = WordAfter(text, m.Index + m.Length);
        return after.Length > 0 && char.IsLower(after[0]) && WeekdayAttributes.Contains(after);
    }

    private static DateMention? EdgeOfYear(Match m)
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

    private static DateMention? Quarter(Match m)
    {
        var q = m.Groups["qn"].Success ? Int(m, "qn") : m.Groups["q"].Value switch { "first" => 1, "second" => 2, "third" => 3, _ => 4 };
        var y = Int(m, "y");
        return Build(m, Calendar.Months(y, 3 * q - 2, 3 * q), DateGranularity.PartOfYear, y);
    }

    private static DateMention? Half(Match m)
    {
        var h = m.Groups["hn"].Success ? Int(m, "hn") : m.Groups["h"].Value == "first" ? 1 : 2;
        var y = Int(m, "y");
        return Build(m, h == 1 ? Calendar.Months(y, 1, 6) : Calendar.Months(y, 7, 12), DateGranularity.PartOfYear, y);
    }

    /// <summary>"the 1990s", "the early 1990s", "mid-1990s", "the '90s": a two-digit decade is the latest one not after the article.</summary>
    private static DateMention? Decade(Match m, DateOnly? published)
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

    private static DateMention? YearRange(Match m)
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

    private static DateMention? RecentSpan(Match m, DateOnly? published)
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

    private static DateMention? Ago(Match m, DateOnly? published) =>
        TryCount(m.Groups["n"].Value, out var n) ? Unit(m, RelativeDates.Ago(n, m.Groups["unit"].Value, published)) : null;

    private static bool TryCount(string word, out int count)
    {
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
