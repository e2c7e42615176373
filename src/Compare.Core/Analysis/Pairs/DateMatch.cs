using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Compare.Core.Analysis.Slots.Dates;
using Compare.Core.Analysis.Text;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Pairs;

/// <summary>
/// How the dates of two statements line up, as intervals: dates agree when they overlap; a conflict needs a date on
/// each side that overlaps nothing on the other. The day a source spoke ("said Monday", "told reporters on Tuesday")
/// is when the news was told, not when the fact happened, and so is a wire story's dateline; such dates are left out.
/// </summary>
internal sealed partial record DateMatch(bool Comparable, bool Agreeing, (DateMention A, DateMention B)? Conflict)
{
    private static readonly string[] SpeechCues = ["said", "says", "told", "announced", "reported", "confirmed", "stated", "added"];

    /// <summary>
    /// Each claim's dates as the checks read them, kept while the claim lives: the judge compares one claim with many, and
    /// reading them anew for every pair (their regular expressions included) was a fifth of the pair features' time.
    /// </summary>
    private static readonly ConditionalWeakTable<Claim, IReadOnlyList<DateMention>> Fact = [];

    /// <summary>As <see cref="Fact"/>, for <see cref="OwnDates"/>.</summary>
    private static readonly ConditionalWeakTable<Claim, IReadOnlyList<DateMention>> Own = [];

    /// <param name="a">One statement.</param>
    /// <param name="b">The other.</param>
    /// <param name="all">
    /// Whether every fact date counts (the judge reads them all), or only those that date the fact itself: not one a figure
    /// is measured against, nor one that dates a noun (<see cref="DatesSomethingElse"/>). A date difference is told by the
    /// latter alone.
    /// </param>
    public static DateMatch Of(Claim a, Claim b, bool all = true)
    {
        var da = all ? FactDates(a) : OwnDates(a);
        var db = all ? FactDates(b) : OwnDates(b);
        if (da.Count == 0 || db.Count == 0)
        {
            return new DateMatch(false, false, null);
        }

        var matchedA = da.Select(x => db.Any(y => Meet(x, y))).ToList();
        var matchedB = db.Select(y => da.Any(x => Meet(x, y))).ToList();
        var agreeing = matchedA.Any(m => m);
        var freeA = da.Where((_, i) => !matchedA[i]).ToList();
        var freeB = db.Where((_, i) => !matchedB[i]).ToList();
        (DateMention, DateMention)? conflict = freeA.Count > 0 && freeB.Count > 0 ? Closest(freeA, freeB) : null;
        return new DateMatch(true, agreeing, conflict);
    }

    /// <summary>
    /// The two dates, one of each side, that show the conflict best: of the same granularity if any are, then nearest in
    /// time ("on Wednesday, June 10" against "in the early hours of Thursday", rather than "fiscal 2027" against Thursday),
    /// then the earliest in each sentence.
    /// </summary>
    private static (DateMention, DateMention) Closest(List<DateMention> a, List<DateMention> b) =>
        a.SelectMany((x, i) => b.Select((y, j) => (x, y, i, j)))
            .OrderBy(p => p.x.Granularity == p.y.Granularity ? 0 : 1)
            .ThenBy(p => Gap(p.x, p.y))
            .ThenBy(p => p.i).ThenBy(p => p.j)
            .Select(p => (p.x, p.y))
            .First();

    /// <summary>Days between two dates' intervals (0 when they touch).</summary>
    private static int Gap(DateMention x, DateMention y) =>
        Math.Max(0, Math.Max(x.From.DayNumber - y.To.DayNumber, y.From.DayNumber - x.To.DayNumber));

    /// <summary>
    /// Whether two dates can be one: they overlap; or both name the same day of a month without writing its year ("cut
    /// rates on 10 July" and "is expected to cut rates on 10 July"), whose years were only guessed, each from its own tense;
    /// or one names a day by its weekday alone and the other a day of that weekday a week either side (<see cref="WeekdayOnly"/>).
    /// </summary>
    private static bool Meet(DateMention x, DateMention y) =>
        x.Overlaps(y) || (x.Granularity == DateGranularity.Day && y.Granularity == DateGranularity.Day
            && ((x.From.Month == y.From.Month && x.From.Day == y.From.Day && !WritesYear(x.Text) && !WritesYear(y.Text))
                || (x.From.DayOfWeek == y.From.DayOfWeek && Math.Abs(x.From.DayNumber - y.From.DayNumber) <= 7
                    && (WeekdayOnly(x.Text) || WeekdayOnly(y.Text)))));

    /// <summary>
    /// A day named by its weekday alone ("Monday", "by Saturday", "next Tuesday"): which week it falls in was guessed from
    /// the tense ("has declared Monday a day of mourning" read as the Monday past), so it is one with any date on that
    /// weekday a week either side ("Monday, 19 October").
    /// </summary>
    private static bool WeekdayOnly(string text)
    {
        var words = text.Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries);
        return !text.Any(char.IsDigit) && words.Any(w => DateWords.TryWeekday(w, out _)) && !words.Any(w => DateWords.TryMonth(w, out _));
    }

    /// <summary>A year written in the date's words: four digits ("2025"), or an apostrophe and two ("'25").</summary>
    private static bool WritesYear(string text) => WrittenYear().IsMatch(text);

    [GeneratedRegex(@"\d{4}|['’]\d{2}\b")]
    private static partial Regex WrittenYear();

    /// <summary>
    /// The days of each of the story's claims that can tie it to a fact: fact dates that name one day, given by no more of
    /// the story's sentences (its own included) than the story has outlets. The day of the event itself is in sentence
    /// after sentence, and ties nothing.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<DateMention>> DistinctiveDays(IReadOnlyList<Claim> story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var outlets = story.Select(c => c.OutletId).Distinct(StringComparer.Ordinal).Count();
        var days = story.Select(c => FactDates(c).Where(d => d.Granularity == DateGranularity.Day).ToList()).ToList();
        var giving = days.SelectMany(d => d.Select(x => x.From).Distinct()).CountBy(day => day).ToDictionary();
        return days.Select(d => (IReadOnlyList<DateMention>)[.. d.Where(x => giving[x.From] <= outlets)]).ToList();
    }

    /// <summary>Whether two dates name the same single day.</summary>
    public static bool SameDay(DateMention x, DateMention y) =>
        x.Granularity == DateGranularity.Day && y.Granularity == DateGranularity.Day && x.From == y.From;

    /// <summary>The claim's dates without the ones that only say when a source spoke.</summary>
    public static IReadOnlyList<DateMention> FactDates(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return Fact.GetValue(claim, c => [.. c.Slots.Dates.Where(d => !IsSpeechDate(c, d))]);
    }

    /// <summary>The <see cref="FactDates"/> that date the fact itself, not a figure it is measured against or a noun (<see cref="DatesSomethingElse"/>).</summary>
    private static IReadOnlyList<DateMention> OwnDates(Claim claim) =>
        Own.GetValue(claim, c => [.. FactDates(c).Where(d => !DatesSomethingElse(c, d))]);

    /// <summary>
    /// A date that does not date the fact: one a figure is measured against, right after "than" ("fewer than a decade ago",
    /// "higher than in 2019"), or a month, year or longer after "from" and a figure in its clause ("down from a peak of
    /// more than 600,000 in 2007", "up from 3.6 percent in August"); or one in a short relative clause right after a noun,
    /// which dates the noun ("the strike that started nearly three weeks ago is done"); its verb comes right after the
    /// relative word, where a clause after "estimate that" or "said that" opens with its subject ("that the February
    /// flooding", "that it closed in 2019"), whose date stays. A day after "from" and a figure stays too ("cut its rate to
    /// 5 percent from 5.5 percent on Thursday" dates the cut), as does "from 2019", which starts a period.
    /// </summary>
    private static bool DatesSomethingElse(Claim claim, DateMention d)
    {
        var local = d.Start - claim.Start;
        if (local <= 0 || local > claim.Text.Length)
        {
            return false;
        }

        var clause = LexicalCues.ClauseBefore(claim.Text, local);
        return Than().IsMatch(clause) || d.Granularity != DateGranularity.Day && FromFigure().IsMatch(clause) || NounRelative().IsMatch(clause);
    }

    [GeneratedRegex(@"\b(?!(said|says|say|told|found|shows|show|showed|believes|think|thinks|know|knows|is|was|are|were|so|such|now|and|but)\b)[a-z]+(?<!ed)\s+(that|which|who)\s+(?!(the|a|an|its|it|he|she|they|we|his|her|their|this|these|those|there|some|many|most|no|all)\b)[a-z]+(\s+[a-z]+){0,2}\s+$")]
    private static partial Regex NounRelative();

    [GeneratedRegex(@"\bthan\s+((in|at|on|during|by)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Than();

    [GeneratedRegex(@"\bfrom\b[^.]*\d[^.]*$", RegexOptions.IgnoreCase)]
    private static partial Regex FromFigure();

    private static bool IsSpeechDate(Claim claim, DateMention d)
    {
        if (d.Granularity != DateGranularity.Day)
        {
            return false;
        }

        var local = d.Start - claim.Start;
        if (local < 0 || local > claim.Text.Length)
        {
            return false;
        }

        // "JERUSALEM, Oct 8 (Eastgate Wire) - ...": the dateline dates the story, not the fact.
        if (local < Dateline.Length(claim.Text))
        {
            return true;
        }

        var before = claim.Text[Math.Max(0, local - 16)..local];
        var afterEnd = Math.Min(claim.Text.Length, local + d.Length + 12);
        var after = claim.Text[Math.Min(claim.Text.Length, local + d.Length)..afterEnd];
        return SpeechCues.Any(c => before.Contains(c, StringComparison.OrdinalIgnoreCase) || after.TrimStart().StartsWith(c, StringComparison.OrdinalIgnoreCase));
    }
}
