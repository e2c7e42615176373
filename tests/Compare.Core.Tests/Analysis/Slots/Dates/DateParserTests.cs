using System.Globalization;
using Compare.Core.Domain;

namespace Compare.Core.Tests.Analysis.Slots.Dates;

/// <summary>Dates resolved against an article published on Thursday 11 June 2026 unless a case says otherwise.</summary>
public sealed class DateParserTests
{
    [Theory]
    [InlineData("Israel expelled them in 1987.", "1987-01-01..1987-12-31 Year")]
    [InlineData("Ties solidified in the early 1990s.", "1990-01-01..1993-12-31 Decade")]
    [InlineData("The group emerged in the late 1980s.", "1987-01-01..1989-12-31 Decade")]
    [InlineData("Sales peaked in the mid-1990s.", "1994-01-01..1996-12-31 Decade")]
    [InlineData("Tehran began backing Hamas in the early '90s.", "1990-01-01..1993-12-31 Decade")]
    [InlineData("Prices rose in the 2020s.", "2020-01-01..2029-12-31 Decade")]
    [InlineData("It was built in the late 1950s.", "1957-01-01..1959-12-31 Decade")]
    [InlineData("In February 2024, the IDF produced documents.", "2024-02-01..2024-02-29 Month")]
    [InlineData("The hospital treated 312 patients over the weekend of 17-18 June 2023.", "2023-06-17..2023-06-18 Day")]
    [InlineData("In Feb. 2024, the IDF produced documents.", "2024-02-01..2024-02-29 Month")]
    [InlineData("In February of 2024, they met.", "2024-02-01..2024-02-29 Month")]
    [InlineData("Its first cut since June 2020 came.", "2020-06-01..2020-06-30 Month")]
    [InlineData("Purchases run until the end of March 2027.", "2027-03-01..2027-03-31 Month")]
    [InlineData("The events of October 7, 2023, reignited debate.", "2023-10-07..2023-10-07 Day")]
    [InlineData("Gunmen attacked on Oct 7, 2023, and took hostages.", "2023-10-07..2023-10-07 Day")]
    [InlineData("It happened on 7 October 2023.", "2023-10-07..2023-10-07 Day")]
    [InlineData("It happened on the 7th of October 2023.", "2023-10-07..2023-10-07 Day")]
    [InlineData("It happened on the seventh of October 2023.", "2023-10-07..2023-10-07 Day")]
    [InlineData("The Tollen mine flooded on the twenty-eighth of February 2026.", "2026-02-28..2026-02-28 Day")]
    [InlineData("They were seized on the second of July, 2026.", "2026-07-02..2026-07-02 Day")]
    [InlineData("The unions have called a strike for Wednesday, the eighteenth of March 2026.", "2026-03-18..2026-03-18 Day")]
    [InlineData("The deadline was the thirty-first of May 2026.", "2026-05-31..2026-05-31 Day")]
    [InlineData("Inspectors are due at the plant on Wednesday of next week.", "2026-06-17..2026-06-17 Day")]
    [InlineData("The board met on Monday of last week.", "2026-06-01..2026-06-01 Day")]
    [InlineData("The file is dated 2023-10-07.", "2023-10-07..2023-10-07 Day")]
    [InlineData("It passed on Wednesday, June 10, after debate.", "2026-06-10..2026-06-10 Day")]
    [InlineData("The budget takes effect July 1.", "2026-07-01..2026-07-01 Day")]
    [InlineData("The fire started on Aug. 13.", "2025-08-13..2025-08-13 Day")]
    [InlineData("The new trial is to begin on 21 September, the court said.", "2026-09-21..2026-09-21 Day")]
    [InlineData("It is expected to enter into force on January 1.", "2027-01-01..2027-01-01 Day")]
    [InlineData("It comes into force on the first of March next year.", "2027-03-01..2027-03-01 Day")]
    [InlineData("It takes effect on the first of January.", "2027-01-01..2027-01-01 Day")]
    [InlineData("The closure on Monday is due to the storm.", "2026-06-08..2026-06-08 Day")]
    [InlineData("The museum will stay closed until Friday, it said.", "2026-06-12..2026-06-12 Day")]
    [InlineData("The hearings were to begin on 21 September, the court said.", "2025-09-21..2025-09-21 Day")]
    [InlineData("The fire started late on Thursday.", "2026-06-11..2026-06-11 Day")]
    [InlineData("The council met on Tuesday.", "2026-06-09..2026-06-09 Day")]
    [InlineData("The council met last Tuesday.", "2026-06-09..2026-06-09 Day")]
    [InlineData("The council meets next Tuesday.", "2026-06-16..2026-06-16 Day")]
    [InlineData("The council will vote on Tuesday.", "2026-06-16..2026-06-16 Day")]
    [InlineData("The union has called a 24-hour strike at the plant for Friday.", "2026-06-12..2026-06-12 Day")]
    [InlineData("The group was blamed for Friday's attack.", "2026-06-05..2026-06-05 Day")]
    [InlineData("The board adopted its plan for the coming season at 11:40 p.m. Tuesday.", "2026-06-09..2026-06-09 Day")]
    [InlineData("The mill, which opened decades ago and employed 300, will close on Monday.", "2026-06-15..2026-06-15 Day")]
    [InlineData("Crews who fought the blaze on Sunday expect to finish soon.", "2026-06-07..2026-06-07 Day")]
    [InlineData("Its next hearing was held last Friday.", "2026-06-05..2026-06-05 Day")]
    [InlineData("Ferrant said Friday that nobody will forget it.", "2026-06-05..2026-06-05 Day")]
    [InlineData("It rained yesterday.", "2026-06-10..2026-06-10 Day")]
    [InlineData("The results come today.", "2026-06-11..2026-06-11 Day")]
    [InlineData("The vote is tomorrow.", "2026-06-12..2026-06-12 Day")]
    [InlineData("Crews worked through last night.", "2026-06-10..2026-06-10 Day")]
    [InlineData("Crews had it under control by this morning.", "2026-06-11..2026-06-11 Day")]
    [InlineData("The office said so last week.", "2026-06-01..2026-06-07 PartOfYear")]
    [InlineData("Talks continue this week.", "2026-06-08..2026-06-14 PartOfYear")]
    [InlineData("Prices fell last month.", "2026-05-01..2026-05-31 Month")]
    [InlineData("Prices fell last year.", "2025-01-01..2025-12-31 Year")]
    [InlineData("Growth will pick up next year.", "2027-01-01..2027-12-31 Year")]
    [InlineData("Growth slowed this year.", "2026-01-01..2026-12-31 Year")]
    [InlineData("Talks began earlier this year.", "2026-01-01..2026-06-11 PartOfYear")]
    [InlineData("A decision is due later this month.", "2026-06-11..2026-06-30 PartOfYear")]
    [InlineData("The network was battered in recent weeks.", "2026-05-14..2026-06-11 PartOfYear")]
    [InlineData("Prices rose over the past two weeks.", "2026-05-28..2026-06-11 PartOfYear")]
    [InlineData("More cuts may come in the coming days.", "2026-06-11..2026-06-18 PartOfYear")]
    [InlineData("It closed three days ago.", "2026-06-08..2026-06-08 Day")]
    [InlineData("It closed a year ago.", "2025-01-01..2025-12-31 Year")]
    [InlineData("Five years ago a rockfall killed two miners.", "2021-01-01..2021-12-31 Year")]
    [InlineData("The reductions are to be completed by the end of the third quarter.", "2026-09-01..2026-09-30 Month")]
    [InlineData("Fourth-quarter revenue came to 2.84 billion crowns.", "2025-10-01..2025-12-31 PartOfYear")]
    [InlineData("Sales rose in the second quarter.", "2026-04-01..2026-06-30 PartOfYear")]
    [InlineData("It will cut 1,200 jobs, announcing the plan alongside its first-quarter results.", "2026-01-01..2026-03-31 PartOfYear")]
    [InlineData("It would cut 1,200 jobs, announcing the plan alongside its third-quarter results.", "2025-07-01..2025-09-30 PartOfYear")]
    [InlineData("It will take a charge against second-quarter earnings.", "2026-04-01..2026-06-30 PartOfYear")]
    [InlineData("The company will book a charge in the first quarter.", "2027-01-01..2027-03-31 PartOfYear")]
    [InlineData("Sales fell in the final quarter of 2024.", "2024-10-01..2024-12-31 PartOfYear")]
    [InlineData("The company lost 11.2 million euros in the last three months of 2025.", "2025-10-01..2025-12-31 PartOfYear")]
    [InlineData("Sales rose in the first six months of 2024.", "2024-01-01..2024-06-30 PartOfYear")]
    [InlineData("Three days ago it closed.", "2026-06-08..2026-06-08 Day")]
    [InlineData("Libraries were closed in May.", "2026-05-01..2026-05-31 Month")]
    [InlineData("Voters decided in November.", "2025-11-01..2025-11-30 Month")]
    [InlineData("The levy will go before voters in November.", "2026-11-01..2026-11-30 Month")]
    [InlineData("The levy will appear on the November ballot.", "2026-11-01..2026-11-30 Month")]
    [InlineData("Sales rose last April.", "2026-04-01..2026-04-30 Month")]
    [InlineData("Sales will rise next March.", "2027-03-01..2027-03-31 Month")]
    [InlineData("It rained in mid-May.", "2026-05-01..2026-05-31 Month")]
    [InlineData("It happened in summer 2019.", "2019-06-01..2019-08-31 PartOfYear")]
    [InlineData("It happened in the summer of 2019.", "2019-06-01..2019-08-31 PartOfYear")]
    [InlineData("It was the first cut since the pandemic spring of 2020.", "2020-03-01..2020-05-31 PartOfYear")]
    [InlineData("Homes sold well this summer.", "2026-06-01..2026-08-31 PartOfYear")]
    [InlineData("It snowed last winter.", "2025-12-01..2026-02-28 PartOfYear")]
    [InlineData("Growth slowed in early 2024.", "2024-01-01..2024-04-30 PartOfYear")]
    [InlineData("Growth slowed after a mid-2023 slump.", "2023-05-01..2023-08-31 PartOfYear")]
    [InlineData("Growth slowed in late 2024.", "2024-09-01..2024-12-31 PartOfYear")]
    [InlineData("Profits fell in the first quarter of 2024.", "2024-01-01..2024-03-31 PartOfYear")]
    [InlineData("Profits fell in Q3 2025.", "2025-07-01..2025-09-30 PartOfYear")]
    [InlineData("Profits fell in the second half of 2023.", "2023-07-01..2023-12-31 PartOfYear")]
    [InlineData("Rates rose between 2022 and 2024.", "2022-01-01..2024-12-31 Year")]
    [InlineData("Rates rose in 2019-2021.", "2019-01-01..2021-12-31 Year")]
    [InlineData("The 2023-24 season ended.", "2023-01-01..2024-12-31 Year")]
    [InlineData("The forecast shows a gap in fiscal 2029.", "2029-01-01..2029-12-31 Year")]
    [InlineData("Another cut is coming before the year is out.", "2026-06-11..2026-12-31 PartOfYear")]
    [InlineData("Hamas seized Gaza in 2007 and Haniyeh met Khamenei in 2012.", "2007-01-01..2007-12-31 Year ; 2012-01-01..2012-12-31 Year")]
    public void Parse_Sentence_ResolvesTheInterval(string sentence, string expected)
    {
        Assert.Equal(expected, SlotText.Describe(SlotText.Dates(sentence, SlotText.Published)));
    }

    [Theory]
    [InlineData("Oct 7", "2024-10-20", "2024-10-07")]
    [InlineData("October 7th", "2024-10-20", "2024-10-07")]
    [InlineData("Aug 14", "2026-08-14", "2026-08-14")]
    [InlineData("Oct 7", "2024-01-15", "2023-10-07")]
    [InlineData("Dec. 30", "2025-01-03", "2024-12-30")]
    [InlineData("Jan 2", "2024-12-28", "2025-01-02")]
    [InlineData("May 4", "2026-05-03", "2026-05-04")]
    public void Parse_MonthDayWithoutYear_TakesTheYearNearestTheArticle(string date, string published, string expected)
    {
        var p = DateOnly.Parse(published, CultureInfo.InvariantCulture);
        var d = Assert.Single(SlotText.Dates($"The fair is on {date} in the city.", p));
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), d.From);
        Assert.Equal(d.From, d.To);
        Assert.Equal(DateGranularity.Day, d.Granularity);
    }

    [Theory]
    [InlineData("Full service returns on Monday, May 4, the authority said in a notice.", "2026-05-03", "2026-05-04")]
    [InlineData("The service expects to have the fire fully contained by May 12, officials said.", "2026-05-04", "2026-05-12")]
    [InlineData("Ticket sales ended on Dec. 20, organisers said.", "2027-01-05", "2026-12-20")]
    [InlineData("Full service will be restored on Monday, the authority said in a statement.", "2026-05-02", "2026-05-04")]
    [InlineData("The plant was closed on Monday, the company said.", "2026-05-02", "2026-04-27")]
    [InlineData("If the league agrees, completion is expected on 1 July.", "2026-05-04", "2026-07-01")]
    [InlineData("Completion was expected on 1 July, the club said.", "2026-05-04", "2025-07-01")]
    [InlineData("The president was expected to visit the town on Monday, his office said.", "2026-08-09", "2026-08-10")]
    [InlineData("The president visited the town on Monday, his office said.", "2026-08-11", "2026-08-10")]
    public void Parse_DateNearTheArticle_ResolvedByNearnessAndTheClauseTenseNotTheAttribution(string sentence, string published, string expected)
    {
        var d = Assert.Single(SlotText.Dates(sentence, DateOnly.Parse(published, CultureInfo.InvariantCulture)));
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), d.From);
    }

    [Theory]
    [InlineData("The council met last Tuesday.")]
    [InlineData("It rained yesterday.")]
    [InlineData("Libraries were closed in May.")]
    [InlineData("The meeting is on Oct 7.")]
    [InlineData("The office said so last week.")]
    [InlineData("The network was battered in recent weeks.")]
    [InlineData("Talks began earlier this year.")]
    [InlineData("It closed three days ago.")]
    public void Parse_RelativeDateWithoutArticleDate_IsDroppedNotGuessed(string sentence)
    {
        Assert.Empty(SlotText.Dates(sentence, null));
    }

    [Fact]
    public void Parse_AbsoluteDateWithoutArticleDate_IsKept()
    {
        Assert.Equal("2023-10-07..2023-10-07 Day ; 1987-01-01..1987-12-31 Year",
            SlotText.Describe(SlotText.Dates("The attack of October 7, 2023, recalled 1987.", null)));
    }

    [Theory]
    [InlineData("That money restores Sunday hours at the branches.")]
    [InlineData("The council may vote again.")]
    [InlineData("Theresa May resigned.")]
    [InlineData("Candidates campaigned before Super Tuesday.")]
    [InlineData("The blast came at 11:52 p.m.")]
    [InlineData("Two workers were killed and 11 people were hurt.")]
    [InlineData("It holds 2,000 barrels.")]
    [InlineData("They paid $2024 for it.")]
    public void Parse_NoDate_FindsNone(string sentence)
    {
        Assert.Empty(SlotText.Dates(sentence, SlotText.Published));
    }

    [Fact]
    public void Parse_Mention_KeepsTheWordsAndTheirOffset()
    {
        const string Sentence = "On Oct. 1, Iran fired 180 ballistic missiles.";
        var d = Assert.Single(SlotText.Dates(Sentence, new DateOnly(2024, 10, 9)));
        Assert.Equal("Oct. 1", d.Text);
        Assert.Equal(3, d.Start);
        Assert.Equal(6, d.Length);
        Assert.Equal(new DateOnly(2024, 10, 1), d.From);
    }
}
