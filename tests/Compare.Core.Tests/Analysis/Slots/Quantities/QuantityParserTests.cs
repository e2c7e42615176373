using Compare.Core.Domain;

namespace Compare.Core.Tests.Analysis.Slots.Quantities;

public sealed class QuantityParserTests
{
    [Theory]
    [InlineData("Iran provides about $100 million annually to Palestinian militant groups.", "100000000 USD /year Approximate")]
    [InlineData("The recent Iranian launch of 180 ballistic missiles at Israel.", "180 missile Exact")]
    [InlineData("It fired more than 300 drones and missiles at Israel.", "300 drone AtLeast")]
    [InlineData("The budget totals $1.42 billion.", "1420000000 USD Exact")]
    [InlineData("The insurer offered a reward of a quarter of a million dollars.", "250000 USD Exact")]
    [InlineData("She promised a fund of a third of a billion dollars.", "333333333.333 USD Exact")]
    [InlineData("It was estimated at $1.5bn last year.", "1500000000 USD Exact")]
    [InlineData("Deposits rose to €3m.", "3000000 EUR Exact")]
    [InlineData("The fund holds £2.5 billion.", "2500000000 GBP Exact")]
    [InlineData("Rates rose 5.25% overnight.", "5.25 percent Exact")]
    [InlineData("Turnout was 45 per cent.", "45 percent Exact")]
    [InlineData("Inflation slowed to 3.1 percent in August.", "3.1 percent Exact")]
    [InlineData("The bank took 50 basis points off its rate.", "50 basis points Exact")]
    [InlineData("Spreads widened by 25 bps.", "25 basis points Exact")]
    [InlineData("The Council had cut the base rate by 50bp.", "50 basis points Exact")]
    [InlineData("The road runs 12km to the coast.", "12 kilometre Exact")]
    [InlineData("It lowered the rate by half a percentage point.", "0.5 percentage points Exact")]
    [InlineData("Two members wanted a quarter-point reduction.", "2 member Exact ; 0.25 percentage points Exact")]
    [InlineData("They backed a more cautious quarter-point cut.", "0.25 percentage points Exact")]
    [InlineData("Economists had forecast a half-point reduction.", "0.5 percentage points Exact")]
    [InlineData("The program is worth 40 billion crowns.", "40000000000 crown Exact")]
    [InlineData("The payment rose almost 400 crowns a month.", "400 crown /month Approximate")]
    [InlineData("Sales reached 7 Canadian dollars a share.", "7 CAD per share Exact")]
    [InlineData("The deal is worth 900 million Swedish crowns.", "900000000 SEK Exact")]
    [InlineData("Tickets cost 20 dollars.", "20 USD Exact")]
    [InlineData("They raised US$5 billion and C$2 million.", "5000000000 USD Exact ; 2000000 CAD Exact")]
    [InlineData("Bonds worth USD 300 million were sold.", "300000000 USD Exact")]
    [InlineData("Twenty-four people were hurt.", "24 person Exact")]
    [InlineData("Dr Canto, 52, is a physician who joined the charity in 2021.", "52 years of age Exact")]
    [InlineData("The 52-year-old physician was freed on Monday.", "52 years of age Exact")]
    [InlineData("The cases range from a child aged 4 to a man of 81.", "4 years of age Exact ; 81 Exact")]
    [InlineData("Vallen, 71, and two club directors spoke.", "71 years of age Exact ; 2 director Exact")]
    [InlineData("Smith, 1,200, reported.", "1200 Exact")]
    [InlineData("Three hundred and five thousand tons were shipped.", "305000 ton Exact")]
    [InlineData("A dozen firms bid for the contract.", "12 firm Exact")]
    [InlineData("Two dozen boats were seen.", "24 boat Exact")]
    [InlineData("Two-thirds of voters backed the plan.", "0.666666666667 Exact")]
    [InlineData("Visits fell by roughly a third.", "0.333333333333 Approximate")]
    [InlineData("The factory provides about one in five jobs in the town.", "0.2 Approximate")]
    [InlineData("Three out of four voters backed it.", "0.75 Exact")]
    [InlineData("Nearly 1 in 4 residents left.", "0.25 Approximate")]
    [InlineData("The region has lost roughly one resident in seven.", "0.142857142857 Approximate")]
    [InlineData("One in every ten homes was damaged.", "0.1 Exact")]
    [InlineData("Half of the workers were sent home.", "0.5 Exact")]
    [InlineData("Residents within half a mile were told to leave.", "0.5 mile Exact")]
    [InlineData("Families within about a mile of the plant left.", "1 mile Approximate")]
    [InlineData("Residents within a one-mile radius were evacuated.", "1 mile Exact")]
    [InlineData("A three-mile radius was closed.", "3 mile Exact")]
    [InlineData("They walked 12 kilometres.", "12 kilometre Exact")]
    [InlineData("The refinery can process 185,000 barrels of crude oil per day.", "185000 barrel /day Exact")]
    [InlineData("The refinery can turn 185,000 barrels of crude into fuel every day.", "185000 barrel /day Exact")]
    [InlineData("Homeowners will pay about $84 more a year.", "84 USD /year Approximate")]
    [InlineData("The levy would raise $38 million a year.", "38000000 USD /year Exact")]
    [InlineData("Some 1,100 people were killed.", "1100 person Approximate")]
    [InlineData("Nearly 1,200 people died.", "1200 person Approximate")]
    [InlineData("An estimated 500 homes flooded.", "500 home Approximate")]
    [InlineData("Roughly $150 million was sent.", "150000000 USD Approximate")]
    [InlineData("At least 5 people died.", "5 person AtLeast")]
    [InlineData("Over 2,000 houses burned.", "2000 house AtLeast")]
    [InlineData("Up to 40% of them live in cities.", "40 percent AtMost")]
    [InlineData("Less than 10 percent voted.", "10 percent AtMost")]
    [InlineData("As many as 3,000 troops were sent.", "3000 troop AtMost")]
    [InlineData("No more than 15 students attended.", "15 student AtMost")]
    [InlineData("It employs 300 people or more.", "300 person AtLeast")]
    [InlineData("Some 300-plus percent growth was seen.", "300 percent AtLeast")]
    [InlineData("The fire burned for 10 hours or so.", "10 hour Approximate")]
    [InlineData("The longest outages lasted 14 hours and 48 minutes.", "14.8 hour Exact")]
    [InlineData("The talks lasted two years and three months.", "2.25 year Exact")]
    [InlineData("It ran for six hours and was stopped by 12 workers.", "6 hour Exact ; 12 worker Exact")]
    [InlineData("Between 10 and 12 million people live there.", "10000000 person AtLeast ; 12000000 person AtMost")]
    [InlineData("Prices could rise by 10 to 15 cents a gallon.", "0.1 USD per gallon AtLeast ; 0.15 USD per gallon AtMost")]
    [InlineData("Between 40 and 50 percent agreed.", "40 percent AtLeast ; 50 percent AtMost")]
    [InlineData("It rose from 10 to 12 million barrels.", "10000000 barrel Exact ; 12000000 barrel Exact")]
    [InlineData("The rate fell from 5.5 percent to 5 percent.", "5.5 percent Exact ; 5 percent Exact")]
    [InlineData("In the poll, 12 of 18 respondents expected a cut.", "12 respondent Exact ; 18 respondent Exact")]
    [InlineData("He was elected with 104 votes out of 180.", "104 vote Exact ; 180 Exact")]
    [InlineData("Two people in seven days were hurt.", "2 person Exact ; 7 day Exact")]
    [InlineData("Five of its seven members backed the move.", "5 member Exact ; 7 member Exact")]
    [InlineData("The levy would add 35 cents per $1,000 of value.", "0.35 USD Exact ; 1000 USD Exact")]
    [InlineData("The council voted 6-3 to adopt the budget.", "6 vote Exact ; 3 vote Exact")]
    [InlineData("In a separate 5-4 vote, the council agreed.", "5 vote Exact ; 4 vote Exact")]
    [InlineData("The final tally was 7–2.", "7 vote Exact ; 2 vote Exact")]
    [InlineData("The court voted 5 to 4 to uphold it.", "5 vote Exact ; 4 vote Exact")]
    [InlineData("The plan adds 24 sworn officer positions.", "24 position Exact")]
    [InlineData("All 11 branches will open on Sundays.", "11 branch Exact")]
    [InlineData("It is also taking over 58 million thalers of debt.", "58000000 thaler Exact")]
    [InlineData("The rebels handed over 12 hostages on Friday.", "12 hostage Exact")]
    [InlineData("It holds over 58 million thalers of debt.", "58000000 thaler AtLeast")]
    [InlineData("The airline has grounded eight more planes of the same type.", "8 plane Exact")]
    [InlineData("Skarla grounded the six other B-260s in its fleet.", "6 B-260 Exact")]
    [InlineData("Skarla grounded its six other B-260 aircraft.", "6 B-260 Exact")]
    [InlineData("His government has put together a 40-million-mark emergency aid package.", "40000000 mark Exact")]
    [InlineData("On board were a hundred and seventy-six passengers.", "176 passenger Exact")]
    [InlineData("A hundred people marched.", "100 person Exact")]
    [InlineData("Annual inflation stood at two point eight per cent in May.", "2.8 percent Exact")]
    [InlineData("The fund is worth one point two five million marks.", "1250000 mark Exact")]
    [InlineData("It signed a 2-billion-dollar deal.", "2000000000 USD Exact")]
    [InlineData("Prosecutors filed two further charges.", "2 charge Exact")]
    [InlineData("The delay grew from 40 minutes to 95 minutes.", "40 minute Exact ; 95 minute Exact")]
    [InlineData("Its 40 new bus shelters were built.", "40 shelter Exact")]
    [InlineData("Eleven other people were injured.", "11 person Exact")]
    [InlineData("Two refinery workers were killed.", "2 worker Exact")]
    [InlineData("The 412-page budget was released.", "412 page Exact")]
    [InlineData("They debated for more than seven hours.", "7 hour AtLeast")]
    [InlineData("Iran has backed Hamas for more than three decades.", "3 decade AtLeast")]
    [InlineData("The authorized strength rises to 1,126.", "1126 Exact")]
    [InlineData("Libraries open seven days a week.", "7 day /week Exact")]
    [InlineData("Samples contained cyanide at 40 times the legal limit.", "40 times Exact")]
    [InlineData("Levels reached up to 3.4 times the acceptable daily intake.", "3.4 times AtMost")]
    [InlineData("Samples held 0.2 milligrams of cyanide.", "0.2 milligram Exact")]
    [InlineData("Adults should take 5 mg daily with food.", "5 milligram /day Exact")]
    [InlineData("The fund sent $5 million to the group annually.", "5000000 USD /year Exact")]
    [InlineData("Each tablet holds 80 milligrams, twice the daily limit.", "80 milligram Exact")]
    [InlineData("The legal limit is 0.005 mg.", "0.005 milligram Exact")]
    [InlineData("The river rose 40 cm overnight.", "40 centimetre Exact")]
    [InlineData("Only the 80 milligram tablets are recalled.", "80 milligram Exact")]
    [InlineData("The crowd, by the police's count, was twenty thousand.", "20000 Exact")]
    [InlineData("The lorries came, three hundred of them before noon.", "300 Exact")]
    [InlineData("The march drew one hundred and forty thousand.", "140000 Exact")]
    [InlineData("The region is home to a million and a half people.", "1500000 person Exact")]
    [InlineData("The Vessa-3 weather satellite carried 12 instruments.", "12 instrument Exact")]
    public void Parse_Sentence_ReadsEveryFigure(string sentence, string expected)
    {
        Assert.Equal(expected, SlotText.Describe(SlotText.Quantities(sentence)));
    }

    [Theory]
    [InlineData("In 1987, Israel expelled the leaders.")]
    [InlineData("The attack on October 7, 2023, shocked the region.")]
    [InlineData("In February 2024, the documents surfaced.")]
    [InlineData("The 2024 cuts closed branches.")]
    [InlineData("Since the early 1990s the ties grew.")]
    [InlineData("The meeting is on 5 November.")]
    [InlineData("It happened on Oct 7 and Aug. 13.")]
    [InlineData("The blast came at 11:52 p.m. on Thursday.")]
    [InlineData("Crews had it under control by 6 a.m.")]
    [InlineData("It is a 24/7 service.")]
    [InlineData("He won the 7th seat.")]
    [InlineData("She is in her 40s.")]
    [InlineData("The VX-40 index and the Boeing 737 rose.")]
    [InlineData("Members of United Refinery Workers Local 214 met.")]
    [InlineData("He rides the number 9 bus.")]
    [InlineData("See No. 5 for details.")]
    [InlineData("It was the first time in a third straight month.")]
    [InlineData("The second half of the season began.")]
    [InlineData("One of the largest employers is gone.")]
    [InlineData("No one was hurt, and one another blamed.")]
    [InlineData("A 100m sprint opened the games.")]
    [InlineData("The 2000 plan was revised.")]
    [InlineData("The clock still shows eighteen minutes to four.")]
    [InlineData("The tunnel came down at twenty minutes to three on Thursday.")]
    [InlineData("The alarm sounded at 10 minutes past 2.")]
    [InlineData("The two of them were arrested.")]
    [InlineData("The F-16 flew low over the town.")]
    [InlineData("The Tessel-4 communications satellite was lost.")]
    [InlineData("The pump, an FT-9 made in Orrin, failed.")]
    [InlineData("One of the two was later freed.")]
    public void Parse_DatesTimesOrdinalsAndCodes_AreNotFigures(string sentence)
    {
        Assert.Empty(SlotText.Quantities(sentence));
    }

    [Fact]
    public void Parse_Figure_KeepsTextAndOffsetsOfTheWordsAsWritten()
    {
        const string Sentence = "Officials said about $100 million annually went to the group.";
        var q = Assert.Single(SlotText.Quantities(Sentence));
        Assert.Equal("about $100 million annually", q.Text);
        Assert.Equal(Sentence.IndexOf("about", StringComparison.Ordinal), q.Start);
        Assert.Equal(q.Text.Length, q.Length);
        Assert.True(q.Approximate);
    }

    [Fact]
    public void Parse_VoteCount_GivesEachNumberItsOwnSpan()
    {
        const string Sentence = "The council voted 6-3 to adopt the budget.";
        var votes = SlotText.Quantities(Sentence);
        Assert.Equal(["6", "3"], votes.Select(v => v.Text));
        Assert.Equal(Sentence.IndexOf('6', StringComparison.Ordinal), votes[0].Start);
        Assert.All(votes, v => Assert.Equal(QuantityQualifier.Exact, v.Qualifier));
    }

    [Fact]
    public void Parse_YearWithPercent_IsAFigure()
    {
        Assert.Equal("2024 percent Exact", SlotText.Describe(SlotText.Quantities("Prices rose 2024 percent under hyperinflation.")));
    }

    [Fact]
    public void Parse_ExactDecimals_CarryNoBinaryNoise()
    {
        Assert.Equal(0.35, Assert.Single(SlotText.Quantities("It costs 35 cents.")).Value);
        Assert.Equal(212_300_000, Assert.Single(SlotText.Quantities("It receives $212.3 million.")).Value);
    }
}
