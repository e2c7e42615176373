using Compare.Core.Analysis.Pairs;
using Compare.Core.Domain;
using static Compare.Core.Tests.Analysis.Pairs.TestClaims;

namespace Compare.Core.Tests.Analysis.Pairs;

public sealed class DateMatchTests
{
    [Fact]
    public void DistinctiveDays_DayGivenNoMoreOftenThanOncePerOutlet()
    {
        // Two outlets. The day of the fire is in three sentences; the day of the letter in two; a month names no day.
        var fire = new DateOnly(2026, 8, 13);
        var letter = new DateOnly(2026, 5, 4);
        Claim Dated(string outlet, string text, int index, params (string Words, DateOnly Day, DateGranularity Granularity)[] dates) =>
            Of(outlet, text, dates: [.. dates.Select(d => D(text, d.Words, d.Day, d.Day, d.Granularity))], index: index);
        var story = new[]
        {
            Dated("a", "The refinery burned on 13 August, after a letter of 4 May.", 0, ("13 August", fire, DateGranularity.Day), ("4 May", letter, DateGranularity.Day)),
            Dated("b", "The fire of 13 August followed a warning on 4 May.", 0, ("13 August", fire, DateGranularity.Day), ("4 May", letter, DateGranularity.Day)),
            Dated("b", "Smoke hung over the town on 13 August.", 1, ("13 August", fire, DateGranularity.Day)),
            Dated("a", "Repairs are due in May.", 1, ("May", new DateOnly(2026, 5, 1), DateGranularity.Month)),
        };

        var days = DateMatch.DistinctiveDays(story);

        Assert.Equal(["4 May"], days[0].Select(d => d.Text));
        Assert.Equal(["4 May"], days[1].Select(d => d.Text));
        Assert.Empty(days[2]);
        Assert.Empty(days[3]);
    }

    [Fact]
    public void Of_SeveralFreeDates_ConflictShownByTheClosestOfOneGranularity()
    {
        // The budget year comes first in the sentence, but the day of the vote is what conflicts with "Thursday".
        var ta = "The council approved the fiscal 2027 budget on Wednesday, June 10, after a season that began in April.";
        var tb = "In the early hours of Thursday, the council approved its next budget.";
        var a = Of("x", ta, dates:
        [
            D(ta, "fiscal 2027", new(2027, 1, 1), new(2027, 12, 31), DateGranularity.Year),
            D(ta, "Wednesday, June 10", new(2026, 6, 10), new(2026, 6, 10), DateGranularity.Day),
            D(ta, "April", new(2026, 4, 1), new(2026, 4, 30), DateGranularity.Month),
        ]);
        var b = Of("y", tb, dates: [D(tb, "Thursday", new(2026, 6, 11), new(2026, 6, 11), DateGranularity.Day)]);

        var conflict = DateMatch.Of(a, b).Conflict;

        Assert.NotNull(conflict);
        Assert.Equal(("Wednesday, June 10", "Thursday"), (conflict.Value.A.Text, conflict.Value.B.Text));
    }

    [Theory]
    [InlineData("Monday", 2026, 10, 12, "Monday, 19 October", 2026, 10, 19, true)]
    [InlineData("by Saturday", 2026, 10, 3, "by Saturday 10 October", 2026, 10, 10, true)]
    [InlineData("next Tuesday", 2026, 5, 5, "May 12", 2026, 5, 12, true)]
    [InlineData("Monday", 2026, 10, 12, "Tuesday, 20 October", 2026, 10, 20, false)]
    [InlineData("Monday", 2026, 10, 12, "Monday, 26 October", 2026, 10, 26, false)]
    [InlineData("12 October", 2026, 10, 12, "19 October", 2026, 10, 19, false)]
    public void Of_WeekdayAlone_IsOneWithThatWeekdayAWeekEitherSide(string wa, int ya, int ma, int da, string wb, int yb, int mb, int db, bool agree)
    {
        var a = Of("a", $"The mayor declared {wa} a day of mourning.", dates: [D($"The mayor declared {wa} a day of mourning.", wa, new DateOnly(ya, ma, da), new DateOnly(ya, ma, da), DateGranularity.Day)]);
        var b = Of("b", $"The day of mourning is {wb}.", dates: [D($"The day of mourning is {wb}.", wb, new DateOnly(yb, mb, db), new DateOnly(yb, mb, db), DateGranularity.Day)]);

        var match = DateMatch.Of(a, b);

        Assert.Equal(agree, match.Agreeing);
        Assert.Equal(!agree, match.Conflict is not null);
    }
}
