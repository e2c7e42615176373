using System.Globalization;
using System.Text.RegularExpressions;
using Compare.Core.Analysis.Text;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Slots.Dates;

/// <summary>
/// Finds dates and periods and turns them into inclusive calendar intervals: "1987", "the early 1990s", "February 2024",
/// "October 7, 2023", "7 October 2023", "the third of December", "Oct 7", "last Tuesday" and "Wednesday of next week"
/// (against the article date), "2023-10-07", "summer 2019", "in recent weeks". Hand-written on source-generated patterns:
/// no date recognizer restores offline. When patterns overlap the longest wins ("Wednesday, June 10" over "June 10").
/// </summary>
internal static partial class DateParser
{
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
            Collect(found, DatePatterns.Iso().Matches(text), m => DateMentions.Day(m, Int(m, "y"), Int(m, "m"), Int(m, "d")));
            Collect(found, DatePatterns.YearRange().Matches(text), m => DateMentions.YearRange(m));
            Collect(found, DatePatterns.Year().Matches(text), m => DateMentions.Build(m, Calendar.Year(Int(m, "y")), DateGranularity.Year,
                Int(m, "y")));
            if (months)
            {
                Collect(found, DatePatterns.MonthDay().Matches(text), m => DateMentions.MonthDay(m, published, TenseOf()));
                Collect(found, DatePatterns.DayMonth().Matches(text), m => DateMentions.MonthDay(m, published, TenseOf()));
                Collect(found, DatePatterns.MonthYear().Matches(text), m => DateMentions.MonthYear(m));
            }

            if (Has(text, "0s"))
            {
                Collect(found, DatePatterns.Decade().Matches(text), m => DateMentions.Decade(m, published));
            }

            if (Has(text, "spring") || Has(text, "summer") || Has(text, "autumn") || Has(text, "fall") || Has(text, "winter"))
            {
                Collect(found, DatePatterns.SeasonYear().Matches(text), m => DateMentions.Build(m,
                    Calendar.Season(m.Groups["season"].Value, Int(m, "y")),
                    DateGranularity.PartOfYear, Int(m, "y")));
            }

            if (Has(text, "early") || Has(text, "mid") || Has(text, "late"))
            {
                Collect(found, DatePatterns.PartOfYear().Matches(text), m => DateMentions.Build(m,
                    Calendar.PartOfYear(m.Groups["part"].Value, Int(m, "y")),
                    DateGranularity.PartOfYear, Int(m, "y")));
            }

            if (Has(text, " of "))
            {
                Collect(found, DatePatterns.EdgeOfYear().Matches(text), m => DateMentions.EdgeOfYear(m));
            }

            if (Has(text, "quarter") || text.Contains('Q', StringComparison.Ordinal))
            {
                Collect(found, DatePatterns.Quarter().Matches(text), m => DateMentions.Quarter(m));
            }

            if (Has(text, "months of"))
            {
                Collect(found, DatePatterns.MonthsOfYear().Matches(text), m => DateMentions.MonthsOfYear(m));
            }

            if (Has(text, "half") || text.Contains('H', StringComparison.Ordinal))
            {
                Collect(found, DatePatterns.Half().Matches(text), m => DateMentions.Half(m));
            }

            if (Has(text, "fiscal") || text.Contains("FY", StringComparison.Ordinal))
            {
                Collect(found, DatePatterns.Fiscal().Matches(text), m => DateMentions.Build(m, Calendar.Year(Int(m, "y")),
                    DateGranularity.Year, Int(m, "y")));
            }
        }
        else if (Has(text, "0s"))
        {
            Collect(found, DatePatterns.Decade().Matches(text), m => DateMentions.Decade(m, published));
        }

        if (Has(text, "minute"))
        {
            Collect(found, DatePatterns.ClockInMinutes().Matches(text), _ => null);
        }

        if (months)
        {
            Collect(found, DatePatterns.MonthAlone().Matches(text), m => DateMentions.MonthAlone(m, text, published, Future()));
            if (Has(text, " of "))
            {
                Collect(found, DatePatterns.OrdinalDayMonth().Matches(text),
                    m => DateMentions.OrdinalDayMonth(m, published, TenseOf()));
            }
        }

        if (Has(text, "spring") || Has(text, "summer") || Has(text, "autumn") || Has(text, "fall") || Has(text, "winter"))
        {
            Collect(found, DatePatterns.SeasonRelative().Matches(text), m => DateMentions.Build(m,
                RelativeDates.Season(m.Groups["rel"].Value, m.Groups["season"].Value, published), DateGranularity.PartOfYear));
        }

        if (Has(text, "day") || Has(text, "night") || Has(text, "this ") || Has(text, "tomorrow"))
        {
            Collect(found, DatePatterns.RelativeDay().Matches(text), m => DateMentions.DayOf(m, RelativeDates.Day(m.Value, published)));
            Collect(found, DatePatterns.WeekdayName().Matches(text), m => DateMentions.Weekday(m, text, published, FutureCues.Near(sentence.Tokens, m.Index)),
                keepUnresolved: m => !DateMentions.IsAttributive(m, text));
        }

        if (Has(text, "last") || Has(text, "next") || Has(text, "this") || Has(text, "past") || Has(text, "coming") || Has(text, "recent"))
        {
            Collect(found, DatePatterns.RelativeUnit().Matches(text), m => DateMentions.Unit(m, RelativeDates.Unit(m.Groups["rel"].Value,
                m.Groups["unit"].Value, published)));
            Collect(found, DatePatterns.RecentSpan().Matches(text), m => DateMentions.RecentSpan(m, published));
        }

        if (Has(text, "earlier") || Has(text, "later"))
        {
            Collect(found, DatePatterns.EarlierLater().Matches(text), m => DateMentions.Build(m, RelativeDates.EarlierLater(
                m.Groups["el"].Value.Equals("earlier", StringComparison.OrdinalIgnoreCase), m.Groups["unit"].Value, published),
                    DateGranularity.PartOfYear));
        }

        if (Has(text, "quarter"))
        {
            Collect(found, DatePatterns.QuarterAlone().Matches(text), m => DateMentions.QuarterAlone(m, text, published, Future()));
        }

        if (Has(text, " ago"))
        {
            Collect(found, DatePatterns.Ago().Matches(text), m => DateMentions.Ago(m, published));
        }

        if (Has(text, "year"))
        {
            Collect(found, DatePatterns.RestOfYear().Matches(text), m => DateMentions.Build(m, published is { } p ? (p,
                new DateOnly(p.Year, 12, 31)) : null,
                DateGranularity.PartOfYear));
        }

        return Resolve(WithRelativeYear(found, text, published), sentence.Offset);
    }

    /// <summary>
    /// "on the first of March next year", "on 12 May last year": a day or month without its own year, followed by a year
    /// told relative to the article, is that day of that year, one date, not a day of the nearest year beside a whole
    /// year. Hand-written: the patterns read the two apart.
    /// </summary>
    private static List<DateCandidate> WithRelativeYear(List<DateCandidate> found, string text, DateOnly? published)
    {
        if (published is not { } p || !Has(text, " year"))
        {
            return found;
        }

        foreach (var year in found.Where(c => c.Mention is { Granularity: DateGranularity.Year } && RelativeYear().IsMatch(text.AsSpan(c.Span.Start,
            c.Span.Length))).ToList())
        {
            var relation = text.AsSpan(year.Span.Start, year.Span.Length).Trim();
            var shift = relation.StartsWith("next", StringComparison.OrdinalIgnoreCase) ? 1
                : relation.StartsWith("last", StringComparison.OrdinalIgnoreCase) ? -1 : 0;
            var day = found.FindIndex(c => c.Mention is { Granularity: DateGranularity.Day or DateGranularity.Month } m
                && c.Span.Start + c.Span.Length <= year.Span.Start && string.IsNullOrWhiteSpace(text[(c.Span.Start + c.Span.Length)..year.Span.Start].Replace(",", "", StringComparison.Ordinal))
                && !YearDigits().IsMatch(m.Text));
            if (day < 0)
            {
                continue;
            }

            var m = found[day].Mention!;
            var years = p.Year + shift - m.From.Year;
            var (from, to) = (m.From.AddYears(years), m.To.AddYears(years));
            var span = new TextSpan(found[day].Span.Start, year.Span.Start + year.Span.Length - found[day].Span.Start);
            found[day] = new DateCandidate(span, m with { From = from, To = to, Text = text.Substring(span.Start, span.Length), Length = span.Length });
            found.Remove(year);
        }

        return found;
    }

    [GeneratedRegex(@"^\s*(next|last|this)\s+year\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeYear();

    [GeneratedRegex(@"\b\d{4}\b")]
    private static partial Regex YearDigits();

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
        found.Sort((a, b) => a.Span.Length != b.Span.Length ? b.Span.Length.CompareTo(a.Span.Length)
            : a.Span.Start.CompareTo(b.Span.Start));
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

}
