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
}
