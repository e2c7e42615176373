using System.Text.RegularExpressions;

namespace Compare.Core.Analysis.Slots.Dates;

/// <summary>Source-generated patterns for dates, periods and times. Month and weekday names must be capitalised.</summary>
internal static partial class DatePatterns
{
    /// <summary>A month name; an abbreviation may carry its dot ("Aug."), a full name never takes the sentence's period.</summary>
    private const string Month =
        @"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b" +
        @"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)";

    private const string FullMonth = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

    /// <summary>A day of the month as an ordinal word: "third", "eighteenth", "twenty-eighth".</summary>
    private const string OrdinalDay = @"(?:(?:twenty|thirty)[-\s](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
        + "|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth"
        + "|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)";

    private const string Weekday = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b", Options)]
    public static partial Regex Iso();

    [GeneratedRegex(@"\b(?:(?<wd>" + Weekday + @"),?\s+)?(?<mon>" + Month
        + @")\s*(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent)|[-–]\d)(?:,?\s+(?<y>\d{4})\b)?", Options)]
    public static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?:(?<wd>" + Weekday + @"),?\s+)?(?:the\s+)?(?:(?<d0>\d{1,2})\s*[-–]\s*)?(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>" + Month
        + @")(?:,?\s+(?<y>\d{4})\b)?", Options)]
    public static partial Regex DayMonth();

    /// <summary>"the third of December", "Wednesday, the eighteenth of March", "the twenty-eighth of February 2026".</summary>
    [GeneratedRegex(@"\b(?:(?<wd>" + Weekday + @"),?\s+)?[Tt]he\s+(?<dw>" + OrdinalDay + @")\s+of\s+(?<mon>" + FullMonth
        + @")\b(?:,?\s+(?<y>\d{4})\b)?", Options)]
    public static partial Regex OrdinalDayMonth();

    [GeneratedRegex(@"\b(?<mon>" + Month + @")(?:\s+of)?,?\s+(?<y>\d{4})\b", Options)]
    public static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?<mon>" + FullMonth
        + @"|(?:Sept?|Oct|Nov|Dec|Jan|Feb|Aug|Apr)\.)(?!\s*\d)(?!\w)", Options)]
    public static partial Regex MonthAlone();

    [GeneratedRegex(@"\b(?:the\s+(?:[a-z]+\s+)?)?(?<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?:\s+of)?\s+(?<y>\d{4})\b",
        Options)]
    public static partial Regex SeasonYear();

    [GeneratedRegex(@"\b(?<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+(?<season>spring|summer|autumn|fall|winter)\b", Options)]
    public static partial Regex SeasonRelative();

    [GeneratedRegex(@"\b(?:the\s+)?(?<part>[Ee]arly|[Mm]id|[Ll]ate)[-\s](?<y>\d{4})\b(?!s)", Options)]
    public static partial Regex PartOfYear();

    [GeneratedRegex(@"\b(?:the\s+)?(?<edge>start|beginning|end|middle)\s+of\s+(?<y>\d{4})\b", Options)]
    public static partial Regex EdgeOfYear();

    [GeneratedRegex(@"\b(?:the\s+)?(?<q>first|second|third|fourth|final)\s+quarter\s+(?:of\s+)?(?<y>\d{4})\b|\bQ(?<qn>[1-4])\s+(?<y>\d{4})\b",
        Options)]
    public static partial Regex Quarter();

    /// <summary>"the last three months of 2025", "the first six months of 2024": a quarter or a half of a year.</summary>
    [GeneratedRegex(@"\b(?:the\s+)?(?<edge>first|last|final)\s+(?<n>three|six|3|6)\s+months\s+of\s+(?<y>\d{4})\b", Options)]
    public static partial Regex MonthsOfYear();

    /// <summary>"the third quarter", "first-quarter earnings", "by the end of the third quarter": a quarter without its year.</summary>
    [GeneratedRegex(@"\b(?:(?<end>[Tt]he\s+end\s+of\s+)?the\s+)?(?<q>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]inal)[-\s]quarter\b(?!\s+(?:of\s+)?\d{4})",
        Options)]
    public static partial Regex QuarterAlone();

    [GeneratedRegex(@"\b(?:the\s+)?(?<h>first|second)\s+half\s+(?:of\s+)?(?<y>\d{4})\b|\bH(?<hn>[12])\s+(?<y>\d{4})\b", Options)]
    public static partial Regex Half();

    [GeneratedRegex(
        @"(?:\b(?:the\s+)?(?:(?<part>[Ee]arly|[Mm]id|[Ll]ate)[-\s])?(?<dec>1[89]\d0|20\d0)s\b)" +
            @"|(?:(?:\bthe\s+)?(?:(?<part>[Ee]arly|[Mm]id|[Ll]ate)[-\s])?['’](?<dd>\d0)s\b)" +
            @"|(?:\bthe\s+(?:(?<part>early|mid|late)[-\s])?(?<dd>[2-9]0)s\b)",
        Options)]
    public static partial Regex Decade();

    [GeneratedRegex(
        @"\b(?:[Bb]etween\s+(?<y1>\d{4})\s+and\s+(?<y2>\d{4})" +
        @"|[Ff]rom\s+(?<y1>\d{4})\s+(?:to|until|through|till)\s+(?<y2>\d{4})" +
        @"|(?<y1>\d{4})\s*[-–]\s*(?<y2>\d{4}|\d{2}))\b(?![-–]\d)",
        Options)]
    public static partial Regex YearRange();

    [GeneratedRegex(@"\b(?:[Ff]iscal(?:\s+[Yy]ear)?|FY)\s*(?<y>\d{4})\b", Options)]
    public static partial Regex Fiscal();

    [GeneratedRegex(@"(?<![\d$€£.,/]|\bNo\.\s)\b(?<y>1[89]\d{2}|20\d{2})\b(?![.,]\d|\s*(?:%|percent|per\s+cent|million|billion|thousand))",
        Options)]
    public static partial Regex Year();

    [GeneratedRegex(@"\b(?<rd>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|[Ll]ast\s+night|[Tt]his\s+(?:morning|afternoon|evening))\b",
        Options)]
    public static partial Regex RelativeDay();

    [GeneratedRegex(@"\b(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\s+)?(?<wd>" + Weekday + @")\b(?!s)"
        + @"(?:\s+of\s+(?<wk>next|last|this)\s+week\b)?", Options)]
    public static partial Regex WeekdayName();

    [GeneratedRegex(@"\b(?<rel>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\s+(?<unit>week|weekend|month|year)\b", Options)]
    public static partial Regex RelativeUnit();

    [GeneratedRegex(@"\b(?<el>[Ee]arlier|[Ll]ater)\s+(?:this|in\s+the)\s+(?<unit>week|month|year)\b", Options)]
    public static partial Regex EarlierLater();

    [GeneratedRegex(
        @"(?<=\b(?:[Ii]n|[Oo]ver|[Dd]uring|[Ff]or|[Ww]ithin)\s+)(?:the\s+)?(?<rel>past|last|recent|coming|next)\s+" +
        @"(?:(?<n>[a-z]+|\d+)\s+)?(?<unit>days|weeks|months|years|decades)\b",
        Options)]
    public static partial Regex RecentSpan();

    /// <summary>"three days ago", and "Five years ago" opening a sentence.</summary>
    [GeneratedRegex(@"\b(?<n>[A-Za-z][a-z]*|\d+)\s+(?<unit>days?|weeks?|months?|years?|decades?)\s+ago\b", Options)]
    public static partial Regex Ago();

    [GeneratedRegex(@"\b(?:the\s+end\s+of\s+(?:the|this)\s+year|the\s+year\s+is\s+out|year-end|the\s+rest\s+of\s+the\s+year)\b", Options)]
    public static partial Regex RestOfYear();

    /// <summary>
    /// "eighteen minutes to four", "10 minutes past 2", "ten minutes past midnight": a time of day, not a span of minutes
    /// (neither a date nor a figure).
    /// </summary>
    [GeneratedRegex(@"\b(?:\d+|[a-z]+(?:-[a-z]+)?)\s+minutes?\s+(?:to|past)\s+(?:noon|midnight|zero|one|two|three|four|five|six"
        + @"|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|0?[1-9]|1[0-2])\b",
        Options | RegexOptions.IgnoreCase)]
    public static partial Regex ClockInMinutes();

    /// <summary>Clock times and slashed numbers: not dates, and not figures either ("11:48 p.m.", "6 a.m.", "24/7").</summary>
    [GeneratedRegex(
        @"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\b\.?)?|\b\d{1,2}\s*[ap]\.m\.|\b\d{1,2}\s*[ap]m\b|\b\d{1,2}\s+o['’]clock\b" +
        @"|\b\d+/\d+(?:/\d+)?\b", Options)]
    public static partial Regex Time();
}
