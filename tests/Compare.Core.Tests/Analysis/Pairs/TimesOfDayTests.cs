using Compare.Core.Analysis.Pairs;

namespace Compare.Core.Tests.Analysis.Pairs;

public sealed class TimesOfDayTests
{
    [Theory]
    [InlineData("The courthouse was evacuated at 10 am on 4 June.", 600, false)]
    [InlineData("A bomb threat forced the evacuation at around 3 pm on 4 June.", 900, true)]
    [InlineData("Aurel-2 burned up at 03:40 UTC on 11 April.", 220, false)]
    [InlineData("The satellite disintegrated at 13:40 UTC.", 820, false)]
    [InlineData("The shooting began shortly after 9.30pm.", 1290, true)]
    [InlineData("The vote closed at noon.", 720, false)]
    [InlineData("The storm reached the coast at midnight.", 0, false)]
    [InlineData("The leak began at 3:40 on Friday.", 220, false)]
    public void Of_ClockTime_IsMinutesAfterMidnight(string text, int minutes, bool approximate)
    {
        var time = Assert.Single(TimesOfDay.Of(text));
        Assert.Equal((minutes, approximate), (time.Minutes, time.Approximate));
    }

    [Theory]
    [InlineData("Olabri crossed the line in 2:07:14.")]
    [InlineData("Inflation was 3.50 percent in May.")]
    [InlineData("Ashcombe won 3:1 on aggregate.")]
    [InlineData("The plant makes 5 amplifiers a day.")]
    public void Of_NoClockTime_IsEmpty(string text) => Assert.Empty(TimesOfDay.Of(text));

    [Theory]
    [InlineData("The courthouse was evacuated at 10 am.", "The courthouse was evacuated at around 3 pm.", true)]
    [InlineData("The courthouse was evacuated at 10:00.", "The courthouse was evacuated at 10 am.", false)]
    [InlineData("The courthouse was evacuated at about 10 am.", "The courthouse was evacuated at 10:45.", false)]
    [InlineData("The leak began at 23:40 and was stopped at 05:50.", "The leak was stopped at 05:50.", false)]
    [InlineData("The courthouse was evacuated at 10 am.", "The courthouse was evacuated on 4 June.", false)]
    public void Clash_TimesThatAgreeWithNothingOnTheOtherSide(string a, string b, bool clash) =>
        Assert.Equal(clash, TimesOfDay.Clash(a, b) is not null);
}
