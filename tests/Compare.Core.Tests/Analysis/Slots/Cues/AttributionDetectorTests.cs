using Compare.Core.Analysis.Slots.Cues;

namespace Compare.Core.Tests.Analysis.Slots.Cues;

public sealed class AttributionDetectorTests
{
    [Theory]
    [InlineData("According to a 2020 US Department of State report, Iran provides about $100 million annually.", "US Department of State",
        "according to")]
    [InlineData("Citing a Hamas source, The Wall Street Journal reported that Iran helped plot the attack.", "The Wall Street Journal",
        "reported")]
    [InlineData("The paper ran the story, citing a Hamas source.", "Hamas source", "citing")]
    [InlineData("In the Assembly on Tuesday, the transport minister, Corvin Almeda, said the government accepted the report.", "Corvin Almeda", "said")]
    [InlineData("Varrow Systems on Thursday announced that roughly 700 jobs will go.", "Varrow Systems", "announced")]
    [InlineData("The ministry on May 12 said the bridge would reopen.", "ministry", "said")]
    [InlineData("Police late on Friday evening said two men were held.", "Police", "said")]
    [InlineData("By Friday evening the coastguard said 127 people had been brought ashore alive.", "coastguard", "said")]
    [InlineData("The WSJ reported that Iran helped.", "The Wall Street Journal", "reported")]
    [InlineData("Iran funnels up to $350 million a year to Hamas, Israeli officials said on Tuesday.", "Israeli officials", "said")]
    [InlineData("Israeli officials have said Iran knew of the plan in advance.", "Israeli officials", "said")]
    [InlineData("Police said two people died.", "Police", "said")]
    [InlineData("Two workers were killed, Fire Chief Maria Lenz told reporters.", "Maria Lenz", "told")]
    [InlineData("\"The quota will ruin small farms,\" Mirela Oskand, president of the farmers' federation, told reporters.", "Mirela Oskand", "told")]
    [InlineData("The blast killed two workers, according to Fire Chief Maria Lenz.", "Maria Lenz", "according to")]
    [InlineData("\"It was terrible,\" said Tom Berg, a neighbor.", "Tom Berg", "said")]
    [InlineData("Mayor Ana Ruiz, who proposed the budget, said she would sign it.", "Ana Ruiz", "said")]
    [InlineData("It would raise $38 million a year, Councilmember Rosa Lind, the sponsor, said.", "Rosa Lind", "said")]
    [InlineData("The State Department has estimated that Tehran hands Hamas $70 million a year.", "US Department of State", "estimated")]
    [InlineData("Iran gives Hezbollah $700 million a year, the U.S. State Department estimated in 2018.", "US Department of State",
        "estimated")]
    [InlineData("Corvex paid $142,500 to settle, the records show.", "records", "show")]
    [InlineData("Security camera footage shows three men with their faces covered, police said.", "police", "said")]
    [InlineData("The levy would raise $38 million a year, according to the Budget Office's fiscal note.", "Budget Office", "according to")]
    [InlineData("Israel's military said it had found papers.", "Israel Defense Forces", "said")]
    [InlineData("The crown fell 0.8 percent, according to Harbor Wire data.", "Harbor Wire", "according to")]
    [InlineData("Arvid Sellen may have left the country, according to his spokesperson.", "spokesperson", "according to")]
    [InlineData("A quarter of commuters now take the tram, transport authority figures published on 3 June show.",
        "transport authority figures", "show")]
    [InlineData("Spending drove the decision, according to two people familiar with the board's discussions.",
        "two people familiar with the board's discussions", "according to")]
    [InlineData("A 2020 State Department report put Iran's support at roughly $100 million a year.", "US Department of State", "put")]
    [InlineData("Iran has denied playing any part in the attack.", "Iran", "denied")]
    [InlineData("Fares are not going up this year, the mayor promised.", "mayor", "promised")]
    [InlineData("The plant will reopen, the company vowed on Monday.", "company", "vowed")]
    [InlineData("Orvand Domestics announced on Tuesday that it is pulling out of Lisk.", "Orvand Domestics", "announced")]
    [InlineData("The factory will close, the company announced.", "company", "announced")]
    [InlineData("The union reckons another 300 jobs at suppliers will go with it.", "union", "reckons")]
    [InlineData("The regulator puts the extra risk at one in 20,000 for someone who took the tablets.", "regulator", "puts")]
    [InlineData("The auditors now put the cost of the line at nearly 24 billion crowns.", "auditors", "put")]
    [InlineData("Fennick put the cost of the work at $186 million.", "Fennick", "put")]
    [InlineData("The regulator estimates the additional lifetime risk at 1 in 20,000 for a patient.", "regulator", "estimates")]
    [InlineData("The judges were at pains to say that they had not considered the evidence.", "judges", "say")]
    [InlineData("The company was keen to stress that no card numbers had been taken.", "company", "stress")]
    [InlineData("Isolde Dunvaal, leader of the junior coalition partner, the Agrarian League, said the League would stay.", "Isolde Dunvaal",
        "said")]
    [InlineData("The auditors calculate that the line's benefit-cost ratio has fallen to 1.2.", "auditors", "calculate")]
    [InlineData("The loan comes from the Brisling Trust, two people familiar with the financing said.", "two people familiar with the financing", "said")]
    [InlineData("The loan comes from the Brisling Trust, a person briefed on the financing said.", "person briefed on the financing", "said")]
    [InlineData("The directors clashed over the plan, one person close to the board said.", "one person close to the board", "said")]
    [InlineData("The loan comes from the Brisling Trust, a person with knowledge of the talks said.", "person with knowledge of the talks", "said")]
    [InlineData("The estimate assumed steady prices, officials involved in the costing said.", "officials involved in the costing", "said")]
    [InlineData("The loan comes from the Brisling Trust, a source at the bank said.", "source at the bank", "said")]
    [InlineData("Two people familiar with the negotiations said the dairy quota had been the last point settled.",
        "Two people familiar with the negotiations", "said")]
    [InlineData("The loan comes from the Brisling Trust, said a person briefed on the financing.", "person briefed on the financing", "said")]
    [InlineData("The case was settled, said a diplomat in Dorvane who has followed it from the start.", "diplomat in Dorvane", "said")]
    [InlineData("TESSLER, May 4 (Northgate Wire) - Brantley Mutual said on Monday that hackers had stolen its customer records.",
        "Brantley Mutual", "said")]
    [InlineData("Ostrow, 68, said in a statement that he was selling because of ill health.", "Ostrow", "said")]
    [InlineData("The group claimed that it had copied the files.", "group", "claimed")]
    [InlineData("Fire Chief Ada Wenlow told reporters the crews expect to contain the fire by Friday.", "Ada Wenlow", "told")]
    [InlineData("Harbour workers told us they had not been paid since March.", "Harbour workers", "told")]
    [InlineData("Officers detained 19 people, a spokeswoman for the Ranmoor City Police said.", "Ranmoor City Police", "said")]
    [InlineData("Furniture retailer Hollam Stores Ltd said on Friday it would shut 14 branches.", "Hollam Stores Ltd", "said")]
    [InlineData("The dam was never inspected, according to council papers seen by the Meridian Post.",
        "council papers seen by the Meridian Post", "according to")]
    [InlineData("The ferry crews said no to the offer, union secretary Mara Feld said.", "Mara Feld", "said")]
    [InlineData("The mine's owner believes the roof fall was set off by blasting.", "mine's owner", "believes")]
    [InlineData("Most analysts expect grain prices to rise by the spring.", "Most analysts", "expect")]
    [InlineData("Investigators think a valve in the cooling loop may have stuck.", "Investigators", "think")]
    public void Detect_Attributed_NamesTheSourceAndCue(string sentence, string source, string cue)
    {
        var a = CueText.Attribution(sentence);
        Assert.NotNull(a);
        Assert.Equal(source, a.Source);
        Assert.Equal(cue, a.Cue);
    }

    [Theory]
    [InlineData("Iran provides about $100 million annually to Palestinian militant groups.")]
    [InlineData("Hamas acts according to its own interests.")]
    [InlineData("The county office told families to get out.")]
    [InlineData("The county office told families in the valley to get out.")]
    [InlineData("Remarkably, the fire has so far claimed no lives.")]
    [InlineData("A hacking group has claimed the attack.")]
    [InlineData("Grants for the school said nothing about repairs.")]
    [InlineData("The levy adds a tax, and you'll get the final say this fall.")]
    [InlineData("All told, the plan spends $1.4 billion.")]
    [InlineData("The plan adds 24 officer positions.")]
    [InlineData("Though several had said a smaller step was possible, the bank cut.")]
    [InlineData("It was a slowdown that the bank itself now acknowledges is real.")]
    [InlineData("\"We told them,\" the worker recalled.")]
    [InlineData("The breach is likely the largest ever disclosed by a Delvanian company.")]
    [InlineData("By the time the first drivers reported back to the depot, the strike was over.")]
    [InlineData("Pask quit after a standards inquiry found he hadn't declared paid consultancy work.")]
    [InlineData("The mayor promised to keep fares flat this year.")]
    [InlineData("Aldermoor has agreed to buy the club for 180 million thalers in a deal announced on Tuesday.")]
    [InlineData("The minister closed the bridge on Monday, after engineers found that its cables were corroded.")]
    [InlineData("Nurses reported for duty at dawn.")]
    [InlineData("Mayor Ilse Harrowgate announced a tentative agreement at City Hall late Thursday.")]
    [InlineData("The cabinet declared a 30-day state of emergency in the province.")]
    [InlineData("Prime Minister Oda Renk declared three days of national mourning from Monday.")]
    [InlineData("The result was finally declared shortly after five o'clock in the morning.")]
    [InlineData("The blast went off shortly after midnight, and many people say they felt it before they heard it.")]
    [InlineData("The council put the plan on hold at the request of residents.")]
    [InlineData("The storm put 40 homes at risk.")]
    [InlineData("The count put the population at just over 6.4 million.")]
    [InlineData("The fire service's mapping from Monday morning puts the burn scar at 14,180 hectares.")]
    [InlineData("The club was quick to sign a new goalkeeper.")]
    [InlineData("The dockers have said yes to a two-year pay deal.")]
    [InlineData("The ferry crews said no to the offer.")]
    [InlineData("The northern district, by contrast, added 2.4 per cent.")]
    [InlineData("The harbour added nine berths last year.")]
    [InlineData("The bank expects to cut its rate again in March.")]
    [InlineData("Drivers think twice before taking the coast road.")]
    [InlineData("The mayor expects a decision, and so do the shopkeepers.")]
    public void Detect_NotAttributed_IsNull(string sentence)
    {
        if (sentence.StartsWith('"'))
        {
            // The quoted "We told them" credits no one; the reporting verb after it credits the worker.
            Assert.Equal("worker", CueText.Attribution(sentence)?.Source);
            return;
        }

        Assert.Null(CueText.Attribution(sentence));
    }

    [Theory]
    [InlineData("two people familiar with the financing", true)]
    [InlineData("person briefed on the deal", true)]
    [InlineData("anonymous sources", true)]
    [InlineData("Sources", true)]
    [InlineData("two officials with knowledge of the negotiations", true)]
    [InlineData("Kessel police", false)]
    [InlineData("officials", false)]
    [InlineData("Tollquist Pharmaceuticals", false)]
    public void IsUnnamed_SourceTheReportDoesNotName(string source, bool unnamed)
    {
        Assert.Equal(unnamed, AttributionDetector.IsUnnamed(source));
    }

    [Fact]
    public void Detect_Pronoun_BecomesThePersonLastQuoted()
    {
        Assert.Equal("Maria Lenz", CueText.Attribution("Eleven people were hurt, she said.", "Maria Lenz")?.Source);
        Assert.Equal("she", CueText.Attribution("Eleven people were hurt, she said.")?.Source);
    }

    [Theory]
    [InlineData("By the police's reckoning, sixty-four thousand people took part.", "police", "By the police's reckoning")]
    [InlineData("By the operator's own count, some 2.3 million households lost power.", "operator", "By the operator's own count")]
    [InlineData("More than 20 tonnes of dead fish have been lifted, by the fisheries service's count.", "fisheries service",
        "by the fisheries service's count")]
    [InlineData("By Ardgrid's preliminary estimate, repairs will take a week.", "Ardgrid", "By Ardgrid's preliminary estimate")]
    public void Detect_ByItsCount_CreditsTheCountsOwner(string sentence, string source, string text)
    {
        var a = CueText.Attribution(sentence);
        Assert.Equal((source, "by", text), (a?.Source, a?.Cue, a?.Text));
    }

    [Theory]
    [InlineData("The organisers' count was three hundred and ten thousand.", "organisers", "count", "The organisers' count")]
    [InlineData("The minister's price tag for the job is $186 million.", "minister", "tag", "The minister's price tag")]
    [InlineData("HALSEY — The museum's own estimate stood at 38 million crowns.", "museum", "estimate", "The museum's own estimate")]
    public void Detect_AnOwnedCountGivenAFigure_CreditsItsOwner(string sentence, string source, string cue, string text)
    {
        var a = CueText.Attribution(sentence);
        Assert.Equal((source, cue, text), (a?.Source, a?.Cue, a?.Text));
    }

    [Theory]
    [InlineData("Nobody had warned us it would come that fast.")]
    [InlineData("None of them told the council about the cracks.")]
    [InlineData("Neither said how much the repairs would cost.")]
    [InlineData("No one at the ministry said the bridge was safe.")]
    public void Detect_NoOneAsTheSubject_CreditsNoOne(string sentence) => Assert.Null(CueText.Attribution(sentence));

    [Theory]
    [InlineData("Last year's figures were 12 percent lower.")]
    [InlineData("The union's count of members has not been published.")]
    [InlineData("The city's population is 480,000.")]
    [InlineData("The minister's estimate was disputed by 40 economists.")]
    public void Detect_AnOwnedCountWithoutItsFigure_CreditsNoOne(string sentence) => Assert.Null(CueText.Attribution(sentence));

    [Theory]
    [InlineData("The ferry was paid for by the city's estimate of costs.")]
    [InlineData("By Friday's count, the ferry had carried 40,000 people.")]
    public void Detect_ByAPossessiveThatIsNoSource_IsNull(string sentence)
    {
        Assert.Null(CueText.Attribution(sentence));
    }

    [Theory]
    [InlineData("Six people were confirmed dead and 31 were still missing, it said.", "said")]
    [InlineData("It said 127 people had been rescued alive.", "said")]
    [InlineData("It has also said the dam is safe.", "said")]
    public void Detect_ItSaid_CreditsTheBodyLastCredited(string sentence, string cue)
    {
        Assert.Equal(("Ostrel Coastguard", cue), (CueText.Attribution(sentence, lastBody: "Ostrel Coastguard")?.Source, CueText.Attribution(sentence,
            lastBody: "Ostrel Coastguard")?.Cue));
        Assert.Null(CueText.Attribution(sentence));
    }

    [Fact]
    public void Detect_Attribution_KeepsThePhraseAsWritten()
    {
        var a = CueText.Attribution("According to a 2020 US Department of State report, Iran provides aid.");
        Assert.Equal("According to a 2020 US Department of State report", a?.Text);
    }

    [Fact]
    public void Detect_TitleReadAsAPerson_TheNameAfterItIsTheSource()
    {
        // The article named a "Deputy Director-General" earlier, and the recogniser took "Director" of this title for him.
        const string text = "\"It is not the end of the programme,\" Director-General Oriane Maddeck told reporters.";
        var s = new Compare.Core.Analysis.Text.SentenceText(text, 0);
        Compare.Core.Domain.EntityMention Person(string words, string canonical) =>
            new(canonical, Compare.Core.Domain.EntityKind.Person, words, text.IndexOf(words, StringComparison.Ordinal), words.Length);

        var a = AttributionDetector.Detect(s, [Person("Director", "Deputy Director"), Person("Oriane Maddeck", "Oriane Maddeck")], null,
            CueScope.Excluded(s.Tokens));

        Assert.Equal("Oriane Maddeck", a?.Source);
    }
}
