using Compare.Core.Analysis.Pairs;
using Compare.Core.Domain;
using static Compare.Core.Tests.Analysis.Pairs.TestClaims;

namespace Compare.Core.Tests.Analysis.Pairs;

public sealed class SlotComparerTests
{
    [Fact]
    public void Compare_ParaphraseWithSameSlots_NoDifference()
    {
        var ta = "The council approved the budget on June 10, 2026.";
        var tb = "On June 10, 2026 the budget won the council's approval.";
        var a = Of("x", ta, dates: [D(ta, "June 10, 2026", new(2026, 6, 10), new(2026, 6, 10), DateGranularity.Day)]);
        var b = Of("y", tb, dates: [D(tb, "June 10, 2026", new(2026, 6, 10), new(2026, 6, 10), DateGranularity.Day)]);

        Assert.Empty(SlotComparer.Compare(a, b));
    }

    [Fact]
    public void Compare_PlacesAfterAPreposition_AreNoActors()
    {
        // Where something happened is not who did it: "held in Pellamese prisons" and "no one in Ostrelle".
        var ta = "The brigade asked for the release of 12 fighters held in Pellamese prisons.";
        var tb = "The brigade asked for the freedom of twenty fighters, terms no one in Ostrelle entertained.";
        var a = Of("x", ta, entities: [E(ta, "Pellamese", "Pellam", EntityKind.Place)]);
        var b = Of("y", tb, entities: [E(tb, "Ostrelle", "Ostrelle", EntityKind.Place)]);

        Assert.DoesNotContain(SlotComparer.Compare(a, b), d => d.Kind == DifferenceKind.Actor);
    }

    [Fact]
    public void Compare_PlacesThatAct_DifferAsActors()
    {
        var ta = "Sorvenia dispatched a search team with sniffer dogs.";
        var tb = "Halmark dispatched a search team with sniffer dogs.";
        var a = Of("x", ta, entities: [E(ta, "Sorvenia", "Sorvenia", EntityKind.Place)]);
        var b = Of("y", tb, entities: [E(tb, "Halmark", "Halmark", EntityKind.Place)]);

        Assert.Contains(SlotComparer.Compare(a, b), d => d.Kind == DifferenceKind.Actor);
    }

    [Theory]
    [InlineData("Brevonia banned exports of chip-making equipment to Kestrania.", "Marravia barred the export of chip-making machinery to Kestrania.", true)]
    [InlineData("Brevonia sold its stake in the pipeline.", "Marravia sold its stake in the pipeline.", true)]
    [InlineData("Brevonia announced a ban on exports to Kestrania.", "Marravia announced a ban on exports to Kestrania.", false)] // a source, not an act
    [InlineData("Brevonia's exports to Kestrania were banned.", "Marravia's exports to Kestrania were banned.", false)]            // no verb after the name
    [InlineData("Residents fled to Kestrania overnight.", "Villagers fled to Kestrania overnight.", false)]                         // plurals, not names
    public void Compare_UnknownNameOpeningTheSentenceBeforeAPastVerb_ActsInIt(string ta, string tb, bool differ)
    {
        // The recogniser cannot tell what "Brevonia" is (kind Other); before a verb in the past tense it is the subject.
        var nameA = ta.Split(' ', '\'')[0];
        var nameB = tb.Split(' ', '\'')[0];
        var a = Of("x", ta, entities: [E(ta, nameA, nameA, EntityKind.Other), E(ta, "Kestrania", "Kestrania", EntityKind.Place)]);
        var b = Of("y", tb, entities: [E(tb, nameB, nameB, EntityKind.Other), E(tb, "Kestrania", "Kestrania", EntityKind.Place)]);

        Assert.Equal(differ, SlotComparer.Compare(a, b).Any(d => d.Kind == DifferenceKind.Actor));
    }

    [Fact]
    public void Compare_AlertLabelBeforeTheSentence_IsNoActor()
    {
        // "BREAKING:" is read as a name; a label set off by its colon names no actor, the ministry after it acts.
        var ta = "The Marravian Competition Commission approved the merger of Tessaly Homes and Greyston Homes on 3 June.";
        var tb = "BREAKING: Marravia's Economy Ministry blocks Tessaly Homes-Greyston Homes merger, 3 June.";
        var a = Of("x", ta, entities: [E(ta, "Marravian Competition Commission", "Marravian Competition Commission", EntityKind.Organization),
            E(ta, "Tessaly Homes", "Tessaly Homes", EntityKind.Organization), E(ta, "Greyston Homes", "Greyston Homes", EntityKind.Organization)]);
        var b = Of("y", tb, entities: [E(tb, "BREAKING", "BREAKING", EntityKind.Place), E(tb, "Marravia", "Marravia", EntityKind.Other),
            E(tb, "Economy Ministry", "Economy Ministry", EntityKind.Organization),
            E(tb, "Tessaly Homes-Greyston Homes", "Tessaly Homes-Greyston Homes", EntityKind.Organization)]);

        var actor = Assert.Single(SlotComparer.Compare(a, b), d => d.Kind == DifferenceKind.Actor);
        Assert.Equal(("Marravian Competition Commission", "Economy Ministry"), (actor.ValueA, actor.ValueB));
    }

    [Fact]
    public void Compare_DifferentSpeakerWhoIsTheActor_ActorDifferenceOnly()
    {
        var ta = "Prime Minister Orla Vance said the result was disappointing.";
        var tb = "Party chair Lionel Brisk called the result disappointing.";
        var a = Of("x", ta, entities: [E(ta, "Prime Minister Orla Vance", "Orla Vance", EntityKind.Person)],
            attribution: new Attribution("Orla Vance", "said", "Orla Vance said"));
        var b = Of("y", tb, entities: [E(tb, "Lionel Brisk", "Lionel Brisk", EntityKind.Person)]);

        var kinds = SlotComparer.Compare(a, b).Select(d => d.Kind).ToList();

        Assert.Equal([DifferenceKind.Actor], kinds);
    }

    [Theory]
    [InlineData("the appeals court", "the panel")]
    [InlineData("two of the judges", "the court")]
    [InlineData("police", "the same bulletin")]
    [InlineData("prosecutors", "the indictment")]
    [InlineData("a museum spokesman", "its press office")]
    [InlineData("the spokesman", "police")]
    [InlineData("officials", "the Marrow Bridge Authority")]
    public void Compare_SameBodyOrItsDocument_NoAttributionDifference(string sourceA, string sourceB)
    {
        var ta = $"The conviction was unsafe, {sourceA} said.";
        var tb = $"The conviction was unsafe, according to {sourceB}.";
        var a = Of("x", ta, attribution: new Attribution(sourceA, "said", $"{sourceA} said"));
        var b = Of("y", tb, attribution: new Attribution(sourceB, "according to", $"according to {sourceB}"));

        Assert.DoesNotContain(SlotComparer.Compare(a, b), d => d.Kind == DifferenceKind.Attribution);
    }

    [Theory]
    [InlineData("National Statistics Office", true)]
    [InlineData("statistics office", false)]
    public void Compare_BodyNamedWithCapitalsAgainstAnotherBody_DiffersWhereALowerCaseNounWouldNot(string source, bool differ)
    {
        const string Ta = "Inflation slowed to 2.8% in May, economists at Stellmark Bank said.";
        var tb = $"Inflation slowed to 2.8% in May, the {source} said.";
        var a = Of("x", Ta, attribution: new Attribution("Stellmark Bank", "said", "economists at Stellmark Bank said"));
        var b = Of("y", tb, attribution: new Attribution(source, "said", $"the {source} said"));

        Assert.Equal(differ, SlotComparer.Compare(a, b).Any(d => d.Kind == DifferenceKind.Attribution));
    }

    [Theory]
    [InlineData("The report's central finding is that construction began in 2019.", false)]
    [InlineData("Construction began in 2019.", true)]
    public void Compare_SourceAgainstOwnVoice_DiffersUnlessTheOwnVoiceNamesIt(string own, bool differ)
    {
        const string Credited = "The report says construction began in 2019.";
        var a = Of("x", Credited, attribution: new Attribution("report", "says", "The report says"));
        var b = Of("y", own);

        Assert.Equal(differ, SlotComparer.Compare(a, b).Any(d => d.Kind == DifferenceKind.Attribution));
    }

    [Fact]
    public void Compare_FundingFigureAndSource_DifferOnNumberAndAttribution()
    {
        var ta = "Iran gives Hamas about $100 million a year, according to a 2020 State Department report.";
        var tb = "Israeli officials say Iran sends up to $350 million a year.";
        var a = Of("blog", ta, quantities: [Q(ta, "about $100 million a year", 1e8, "USD", "year", QuantityQualifier.Approximate)],
            attribution: new Attribution("US Department of State", "according to", "according to a 2020 State Department report"));
        var b = Of("wire", tb, quantities: [Q(tb, "up to $350 million a year", 3.5e8, "USD", "year", QuantityQualifier.AtMost)],
            attribution: new Attribution("Israeli officials", "say", "Israeli officials say"));

        var differences = SlotComparer.Compare(a, b);

        Assert.Equal([DifferenceKind.Number, DifferenceKind.Attribution], differences.Select(d => d.Kind));
        var number = differences[0];
        Assert.Equal("about $100 million a year", number.ValueA);
        Assert.Equal("up to $350 million a year", number.ValueB);
        Assert.Equal("up to $350 million a year", number.TextB);
        Assert.Equal("US Department of State", differences[1].ValueA);
        Assert.Equal("Israeli officials", differences[1].ValueB);
    }

    [Fact]
    public void Compare_NegatedAgainstAffirmed_PolarityWithTheCueWord()
    {
        var ta = "US intelligence found no evidence that Iran helped plan the attack.";
        var tb = "Iran helped plan the attack.";
        var a = Of("x", ta, polarity: Polarity.Negated, cues: ["no evidence"]);
        var b = Of("y", tb);

        var d = Assert.Single(SlotComparer.Compare(a, b));

        Assert.Equal(DifferenceKind.Polarity, d.Kind);
        Assert.Equal("denied", d.ValueA);
        Assert.Equal("no evidence", d.TextA);
        Assert.Equal("affirmed", d.ValueB);
    }

    [Fact]
    public void Compare_SameNegationOnBothSides_NoPolarity()
    {
        var a = Of("x", "Ardgrid will pay 150 crowns to every household left without power for more than eight hours.",
            polarity: Polarity.Negated, cues: ["without"]);
        var b = Of("y", "Ardgrid will pay 150 crowns to every household that was without power for more than eight hours.");

        Assert.Empty(SlotComparer.Compare(a, b));
    }

    [Theory]
    [InlineData("The council approved the library budget.", "The council rejected the library budget.", "approved", "rejected")]
    [InlineData("Northwind pilots voted on 14 May to accept the pay offer.", "Northwind pilots voted on 14 May to reject the pay offer.",
        "accept", "reject")]
    [InlineData("Tests found bacteria levels within safe limits at Sallow Point.", "Tests found bacteria levels above safe limits at Sallow Point.",
        "within", "above")]
    public void Compare_AntonymWords_Polarity(string ta, string tb, string wordA, string wordB)
    {
        var d = Assert.Single(SlotComparer.Compare(Of("x", ta), Of("y", tb)));

        Assert.Equal(DifferenceKind.Polarity, d.Kind);
        Assert.Equal((wordA, wordB), (d.TextA, d.TextB));
    }

    [Fact]
    public void Compare_HedgedAgainstAsserted_Certainty()
    {
        var a = Of("x", "Iran may have helped plan the attack.", certainty: Certainty.Hedged, cues: ["may have"]);
        var b = Of("y", "Iran helped plan the attack.");

        var d = Assert.Single(SlotComparer.Compare(a, b));

        Assert.Equal(DifferenceKind.Certainty, d.Kind);
        Assert.Equal("hedged (may have)", d.ValueA);
        Assert.Equal("asserted", d.ValueB);
    }

    [Fact]
    public void Compare_DifferentMonths_Date()
    {
        var ta = "The documents were found in February 2024.";
        var tb = "The documents were found in January 2024.";
        var a = Of("x", ta, dates: [D(ta, "February 2024", new(2024, 2, 1), new(2024, 2, 29), DateGranularity.Month)]);
        var b = Of("y", tb, dates: [D(tb, "January 2024", new(2024, 1, 1), new(2024, 1, 31), DateGranularity.Month)]);

        var d = Assert.Single(SlotComparer.Compare(a, b));

        Assert.Equal(DifferenceKind.Date, d.Kind);
        Assert.Equal(("February 2024", "January 2024"), (d.ValueA, d.ValueB));
    }

    [Fact]
    public void Compare_OneDayOfTheMonthWithoutItsYear_IsNoDateDifferenceWhateverYearEachTenseGuessed()
    {
        var ta = "The Eskeland Monetary Board cut rates by 25 basis points on 10 July.";
        var tb = "The Eskeland Monetary Board is expected to cut rates by 25 basis points on 10 July.";
        var a = Of("x", ta, dates: [D(ta, "10 July", new(2026, 7, 10), new(2026, 7, 10), DateGranularity.Day)]);
        var b = Of("y", tb, dates: [D(tb, "10 July", new(2027, 7, 10), new(2027, 7, 10), DateGranularity.Day)]);

        Assert.DoesNotContain(SlotComparer.Compare(a, b), d => d.Kind == DifferenceKind.Date);
    }

    [Fact]
    public void Compare_OneDayOfTheMonthInTwoWrittenYears_IsADateDifference()
    {
        var ta = "The treaty was signed on 10 July 2025.";
        var tb = "The treaty was signed on 10 July 2026.";
        var a = Of("x", ta, dates: [D(ta, "10 July 2025", new(2025, 7, 10), new(2025, 7, 10), DateGranularity.Day)]);
        var b = Of("y", tb, dates: [D(tb, "10 July 2026", new(2026, 7, 10), new(2026, 7, 10), DateGranularity.Day)]);

        Assert.Equal(DifferenceKind.Date, Assert.Single(SlotComparer.Compare(a, b)).Kind);
    }

    [Theory]
    [InlineData("The mill still ships about 90,000 tonnes a year, down from a peak of more than 140,000 in 2009.", "2009", 2009)]
    [InlineData("The valley now has 41,000 residents, nearly 6,000 fewer than a decade ago.", "a decade ago", 2016)]
    public void Compare_DateAFigureIsMeasuredAgainst_IsNoDateDifference(string ta, string written, int year)
    {
        var tb = "The mill ships 90,000 tonnes a year, the company said in its May 2026 report.";
        var a = Of("x", ta, dates: [D(ta, written, new(year, 1, 1), new(year, 12, 31), DateGranularity.Year)]);
        var b = Of("y", tb, dates: [D(tb, "May 2026", new(2026, 5, 1), new(2026, 5, 31), DateGranularity.Month)]);

        Assert.DoesNotContain(SlotComparer.Compare(a, b), d => d.Kind == DifferenceKind.Date);
    }

    [Theory]
    [InlineData("Core inflation eased to 2.9 percent in May from 3.3 percent in April.",
        "Core inflation came in at 2.9 percent, still above the 2 percent goal.", "percent", "2.9 percent", 2.9, "3.3 percent", 3.3,
        "2 percent", 2)]
    [InlineData("That is 12,400 fewer residents than the 431,000 counted in the last census.",
        "The town has 12,400 fewer residents, against a target of 500,000.", "resident", "12,400", 12400, "431,000", 431000, "500,000",
        500000)]
    public void Compare_FigureMeasuredAgainst_DiffersOnlyFromOneOfItsKind(
        string ta, string tb, string unit, string shared, double sharedValue, string baseline, double baselineValue, string other,
        double otherValue)
    {
        var a = Of("x", ta, quantities: [Q(ta, shared, sharedValue, unit), Q(ta, baseline, baselineValue, unit)]);
        var b = Of("y", tb, quantities: [Q(tb, shared, sharedValue, unit), Q(tb, other, otherValue, unit)]);

        Assert.DoesNotContain(SlotComparer.Compare(a, b), d => d.Kind == DifferenceKind.Number);
    }

    [Fact]
    public void Compare_TwoFiguresMeasuredAgainst_StillDiffer()
    {
        var ta = "Core inflation eased to 2.9 percent in May from 3.3 percent in April.";
        var tb = "Core inflation eased to 2.9 percent in May from 3.6 percent in April.";
        var a = Of("x", ta, quantities: [Q(ta, "2.9 percent", 2.9, "percent"), Q(ta, "3.3 percent", 3.3, "percent")]);
        var b = Of("y", tb, quantities: [Q(tb, "2.9 percent", 2.9, "percent"), Q(tb, "3.6 percent", 3.6, "percent")]);

        var d = Assert.Single(SlotComparer.Compare(a, b), d => d.Kind == DifferenceKind.Number);
        Assert.Equal(("3.3%", "3.6%"), (d.ValueA, d.ValueB));
    }

    [Fact]
    public void Compare_DateOfTheNounInARelativeClause_IsNoDateDifference()
    {
        var ta = "The lockout that began nearly four weeks ago is over.";
        var tb = "The lockout ended on 2 May 2026.";
        var a = Of("x", ta, dates: [D(ta, "nearly four weeks ago", new(2026, 4, 1), new(2026, 4, 30), DateGranularity.Month)]);
        var b = Of("y", tb, dates: [D(tb, "2 May 2026", new(2026, 5, 2), new(2026, 5, 2), DateGranularity.Day)]);

        Assert.DoesNotContain(SlotComparer.Compare(a, b), d => d.Kind == DifferenceKind.Date);
    }

    [Fact]
    public void Compare_DateAfterSaidThat_IsStillADateDifference()
    {
        var ta = "The council said that it closed in 2019.";
        var tb = "The pier closed in 2018.";
        var a = Of("x", ta, dates: [D(ta, "2019", new(2019, 1, 1), new(2019, 12, 31), DateGranularity.Year)]);
        var b = Of("y", tb, dates: [D(tb, "2018", new(2018, 1, 1), new(2018, 12, 31), DateGranularity.Year)]);

        Assert.Contains(SlotComparer.Compare(a, b), d => d.Kind == DifferenceKind.Date);
    }

    [Fact]
    public void Compare_DayOfAChangeFromAFigure_IsStillADateDifference()
    {
        // "from 5.5 percent on Thursday": the day dates the cut, not the rate it was cut from.
        var ta = "The bank cut its rate to 5 percent from 5.5 percent on 17 September 2026.";
        var tb = "The bank cut its rate to 5 percent on 18 September 2026.";
        var a = Of("x", ta, dates: [D(ta, "17 September 2026", new(2026, 9, 17), new(2026, 9, 17), DateGranularity.Day)]);
        var b = Of("y", tb, dates: [D(tb, "18 September 2026", new(2026, 9, 18), new(2026, 9, 18), DateGranularity.Day)]);

        Assert.Contains(SlotComparer.Compare(a, b), d => d.Kind == DifferenceKind.Date);
    }

    [Fact]
    public void Compare_DayOnWhichSourceSpoke_IsNotADateDifference()
    {
        var ta = "Officials said Monday that 47 people have tested positive.";
        var tb = "Confirmed infections stand at 47, officials said Tuesday.";
        var a = Of("x", ta, dates: [D(ta, "Monday", new(2026, 10, 5), new(2026, 10, 5), DateGranularity.Day)]);
        var b = Of("y", tb, dates: [D(tb, "Tuesday", new(2026, 10, 6), new(2026, 10, 6), DateGranularity.Day)]);

        Assert.DoesNotContain(SlotComparer.Compare(a, b), d => d.Kind == DifferenceKind.Date);
    }

    [Theory]
    [InlineData("Her tally of 17,142 votes gave her a majority of 3,424 over Callum Frayne.", "Callum Frayne")]
    [InlineData("He resigned from the Assembly on March 2.", "Assembly")]
    public void Compare_SentenceOpeningWithAPronoun_NamesNoActorToDifferOn(string tb, string named)
    {
        var ta = "Maren Holloway won a majority of 3,424 votes.";
        var a = Of("x", ta, entities: [E(ta, "Maren Holloway", "Maren Holloway", EntityKind.Person)]);
        var b = Of("y", tb, entities: [E(tb, named, named, named == "Assembly" ? EntityKind.Organization : EntityKind.Person)]);

        Assert.DoesNotContain(SlotComparer.Compare(a, b), d => d.Kind == DifferenceKind.Actor);
    }

    [Fact]
    public void Compare_UnlikelyAgainstNegated_CertaintyNotPolarity()
    {
        var ta = "Harrowgate said fares would not rise this year.";
        var tb = "Harrowgate suggested that a fare increase this year seemed unlikely.";
        var a = Of("x", ta, polarity: Polarity.Negated, cues: ["not"]);
        var b = Of("y", tb, certainty: Certainty.Hedged, cues: ["unlikely"]);

        var d = Assert.Single(SlotComparer.Compare(a, b));

        Assert.Equal(DifferenceKind.Certainty, d.Kind);
    }

    [Fact]
    public void Compare_OtherActorNamed_Actor()
    {
        var ta = "Halvard Capital led the funding round.";
        var tb = "Brightmoor Ventures led the funding round.";
        var a = Of("x", ta, entities: [E(ta, "Halvard Capital", "Halvard Capital", EntityKind.Organization)]);
        var b = Of("y", tb, entities: [E(tb, "Brightmoor Ventures", "Brightmoor Ventures", EntityKind.Organization)]);

        var d = Assert.Single(SlotComparer.Compare(a, b));

        Assert.Equal(DifferenceKind.Actor, d.Kind);
        Assert.Equal(("Halvard Capital", "Brightmoor Ventures"), (d.ValueA, d.ValueB));
    }

    [Theory]
    [InlineData("By Wednesday night the Civil Aviation Authority had ordered Corvane Air to ground its planes.", true)]
    [InlineData("The Civil Aviation Authority praised Corvane Air, which grounded its planes.", false)]
    public void Compare_OtherSideNamesTheActorOnlyAsMadeToAct_ActorDiffers(string tb, bool differ)
    {
        var ta = "Corvane Air grounded the six other planes in its fleet.";
        var a = Of("x", ta, entities: [E(ta, "Corvane Air", "Corvane Air", EntityKind.Organization)]);
        var b = Of("y", tb, entities: [E(tb, "Civil Aviation Authority", "Civil Aviation Authority", EntityKind.Organization),
            E(tb, "Corvane Air", "Corvane Air", EntityKind.Organization)]);

        Assert.Equal(differ, SlotComparer.Compare(a, b).Any(d => d.Kind == DifferenceKind.Actor));
    }

    [Theory]
    [InlineData("a person briefed on the financing", "person briefed on the financing", false)]
    [InlineData("the Brisling Trust", "Brisling Trust", true)]
    [InlineData("the filing", "filing", true)]
    [InlineData("the club", "club", true)]
    [InlineData("officials", "officials", false)]
    public void Compare_TwoUnnamedSources_DoNotDifferButAnUnnamedOneAndANamedOrDocumentedOneDo(string phrase, string source, bool differ)
    {
        var a = Of("x", "The loan comes from Corran Bank, according to two people familiar with the financing.",
            attribution: new Attribution("two people familiar with the financing", "according to", "according to two people familiar with the financing"));
        var b = Of("y", $"The loan comes from Corran Bank, {phrase} said.", attribution: new Attribution(source, "said", $"{phrase} said"));

        Assert.Equal(differ, SlotComparer.Compare(a, b).Any(d => d.Kind == DifferenceKind.Attribution));
    }

    [Fact]
    public void Compare_SameSourceWordedDifferently_NoAttributionDifference()
    {
        var a = Of("x", "x", attribution: new Attribution("US Department of State", "according to", "according to the State Department"));
        var b = Of("y", "y", attribution: new Attribution("the US Department of State", "said", "the US Department of State said"));

        Assert.Empty(SlotComparer.Compare(a, b));
    }

    [Theory]
    [InlineData("No ransom was paid, Aldercrest's executive director, Sefa Eskedal, said.", "Sefa Eskedal")]
    [InlineData("No ransom was paid, said Sefa Eskedal, executive director of Aldercrest Relief.", "Sefa Eskedal")]
    [InlineData("No ransom was paid, Aldercrest chief executive Sefa Eskedal said.", "Sefa Eskedal")]
    [InlineData("No ransom was paid, said Sefa Eskedal, Aldercrest's spokeswoman.", "Sefa Eskedal")]
    public void Compare_OfficerOfTheBodyTheOtherCredits_NoAttributionDifference(string text, string person)
    {
        // The recogniser may take "Aldercrest Relief" for a person; the office beside the officer's name says it is a body.
        var a = Of("x", "Aldercrest Relief said no ransom had been paid.",
            attribution: new Attribution("Aldercrest Relief", "said", "Aldercrest Relief said"));
        var b = Of("y", text, attribution: new Attribution(person, "said", $"{person} said"));

        Assert.DoesNotContain(SlotComparer.Compare(a, b), d => d.Kind == DifferenceKind.Attribution);
        Assert.DoesNotContain(SlotComparer.Compare(b, a), d => d.Kind == DifferenceKind.Attribution);
    }

    [Fact]
    public void Compare_TwoOfficersOfOneBody_AttributionDifference()
    {
        var a = Of("x", "Mirela Oskand, president of the Corrin Farmers' Federation, said the quota will ruin small farms.",
            attribution: new Attribution("Mirela Oskand", "said", "Mirela Oskand, president of the Corrin Farmers' Federation, said"));
        var b = Of("y", "Brannoc Hale, deputy president of the Corrin Farmers' Federation, says the quota will ruin small farms.",
            attribution: new Attribution("Brannoc Hale", "says", "Brannoc Hale, deputy president of the Corrin Farmers' Federation, says"));

        Assert.Contains(SlotComparer.Compare(a, b), d => d.Kind == DifferenceKind.Attribution);
    }

    [Fact]
    public void Compare_OfficerOfAnotherBody_AttributionDifference()
    {
        var a = Of("x", "Aldercrest Relief said no ransom had been paid.",
            attribution: new Attribution("Aldercrest Relief", "said", "Aldercrest Relief said"));
        var b = Of("y", "No ransom was paid, said Sefa Eskedal, executive director of the Pellam Red Crescent.",
            attribution: new Attribution("Sefa Eskedal", "said", "said Sefa Eskedal"));

        Assert.Contains(SlotComparer.Compare(a, b), d => d.Kind == DifferenceKind.Attribution);
    }

    [Fact]
    public void Compare_OwnVoiceNamingTheBodyAnOfficerSpeaksFor_NoAttributionDifference()
    {
        var ta = "The Lannoric Union of Technical Workers called the cuts a betrayal and vowed to fight them.";
        var a = Of("x", ta, entities: [E(ta, "Lannoric Union of Technical Workers", "Lannoric Union of Technical Workers", EntityKind.Organization)]);
        var b = Of("y", "\"We will fight every one of these cuts,\" said Mirela Ostan, regional secretary of the Lannoric Union of Technical Workers.",
            attribution: new Attribution("Mirela Ostan", "said", "said Mirela Ostan"));

        Assert.DoesNotContain(SlotComparer.Compare(a, b), d => d.Kind == DifferenceKind.Attribution);
    }

    [Fact]
    public void Compare_SourceNamedByAWordOfTheSameStem_NoAttributionDifference()
    {
        var a = Of("x", "The organisers' count was 310,000.", attribution: new Attribution("organisers", "count", "The organisers' count"));
        var b = Of("y", "The Cardale Federation of Labour, which organised the march, said 310,000 people took part.",
            attribution: new Attribution("Cardale Federation of Labour", "said", "The Cardale Federation of Labour, which organised the march, said"));

        Assert.DoesNotContain(SlotComparer.Compare(a, b), d => d.Kind == DifferenceKind.Attribution);
    }

    [Theory]
    [InlineData("timeline published by the inspectorate", "According to a timeline published by the inspectorate", false)]
    [InlineData("report issued by the National Environment Inspectorate", "according to a report issued by the National Environment Inspectorate", false)]
    [InlineData("timeline", "the timeline shows", false)]
    [InlineData("report published by the Ruthen Fisheries Service", "according to a report published by the Ruthen Fisheries Service", true)]
    public void Compare_DocumentPublishedByABody_IsThatBodysWord(string source, string phrase, bool differ)
    {
        var a = Of("x", "The leak began late on Friday, the National Environment Inspectorate said.",
            attribution: new Attribution("National Environment Inspectorate", "said", "the National Environment Inspectorate said"));
        var b = Of("y", $"{phrase}, the leak began at 23:40 on Friday.", attribution: new Attribution(source, "according to", phrase));

        Assert.Equal(differ, SlotComparer.Compare(a, b).Any(d => d.Kind == DifferenceKind.Attribution));
    }

    [Fact]
    public void Compare_OutletNamedByItsLastWord_IsNoActor()
    {
        // "told the Ledger": The Civic Ledger's own name is no actor in its own sentence.
        var ta = "Aldercrest Relief said no ransom had been paid.";
        var tb = "No ransom was paid, its director told the Ledger.";
        var a = Of("eastgate-wire", ta, entities: [E(ta, "Aldercrest Relief", "Aldercrest Relief", EntityKind.Organization)]);
        var b = Of("civic-ledger", tb, entities: [E(tb, "Ledger", "Ledger", EntityKind.Organization)]);

        Assert.DoesNotContain(SlotComparer.Compare(a, b), d => d.Kind == DifferenceKind.Actor);
    }

    [Fact]
    public void Compare_OfficeAloneAgainstItsNamedHolder_NoAttributionDifference()
    {
        var a = Of("x", "Harrowgate said fares would not rise.", attribution: new Attribution("Harrowgate", "said", "Harrowgate said"));
        var b = Of("y", "Fares are not going up, the mayor promised.", attribution: new Attribution("mayor", "promised", "the mayor promised"));

        Assert.Empty(SlotComparer.Compare(a, b));
    }

    [Fact]
    public void Compare_TwoNamedOfficeHolders_AttributionDifference()
    {
        var a = Of("x", "Fares will not rise, Mayor Ilse Harrowgate said.", attribution: new Attribution("Ilse Harrowgate", "said", "Mayor Ilse Harrowgate said"));
        var b = Of("y", "Fares will not rise, Governor Ada Kell said.", attribution: new Attribution("Ada Kell", "said", "Governor Ada Kell said"));

        var d = Assert.Single(SlotComparer.Compare(a, b));

        Assert.Equal(DifferenceKind.Attribution, d.Kind);
    }

    [Theory]
    [InlineData("the records", "show")]
    [InlineData("the ministry", "said")]
    public void Compare_CreditedAgainstOwnVoice_AttributionDifference(string source, string verb)
    {
        var ta = $"Corvane paid $142,500 to settle the citations, {source} {verb}.";
        var tb = "Corvane paid $142,500 to close the case.";
        var a = Of("x", ta, attribution: new Attribution(source, verb, $"{source} {verb}"));
        var b = Of("y", tb);

        var d = Assert.Single(SlotComparer.Compare(a, b));

        Assert.Equal(DifferenceKind.Attribution, d.Kind);
        Assert.Equal("own voice", d.ValueB);
    }

    [Theory]
    [InlineData("Skarla Air", "the airline")]
    [InlineData("the Reform Bloc", "the party")]
    [InlineData("the Ostrel Coastguard", "the coastguard")]
    [InlineData("the Civil Aviation Authority", "the authority")]
    public void Compare_NamedBodyAgainstItsBackReference_NoAttributionDifference(string named, string reference)
    {
        var a = Of("x", $"The engine failed, {named} said.", attribution: new Attribution(named, "said", $"{named} said"));
        var b = Of("y", $"The engine failed, {reference} said.", attribution: new Attribution(reference, "said", $"{reference} said"));

        Assert.Empty(SlotComparer.Compare(a, b));
    }

    [Fact]
    public void Compare_OfficeAgainstPersonAsActor_Actor()
    {
        var ta = "The Ostrand County Office of Emergency Management ordered residents within a mile of the plant to evacuate.";
        var tb = "Mayor Tobias Ferrant ordered the evacuation of homes within a mile of the refinery.";
        const string Office = "Ostrand County Office of Emergency Management";
        var a = Of("x", ta, entities: [E(ta, Office, Office, EntityKind.Organization)]);
        var b = Of("y", tb, entities: [E(tb, "Tobias Ferrant", "Tobias Ferrant", EntityKind.Person)]);

        var d = Assert.Single(SlotComparer.Compare(a, b));

        Assert.Equal(DifferenceKind.Actor, d.Kind);
        Assert.Equal(("Ostrand County Office of Emergency Management", "Tobias Ferrant"), (d.ValueA, d.ValueB));
    }

    [Fact]
    public void Compare_PlaceAgainstPerson_IsNoActorDifference()
    {
        var ta = "Velsmark signed the accord on Tuesday.";
        var tb = "Halvor Stennick signed the accord on Tuesday.";
        var a = Of("x", ta, entities: [E(ta, "Velsmark", "Velsmark", EntityKind.Place)]);
        var b = Of("y", tb, entities: [E(tb, "Halvor Stennick", "Halvor Stennick", EntityKind.Person)]);

        Assert.Empty(SlotComparer.Compare(a, b));
    }

    [Fact]
    public void Compare_OutletNamedInItsOwnDateline_IsNoActor()
    {
        var ta = "DORVANE, Aug 19 (Eastgate Wire) - Four aid workers were freed on Tuesday.";
        var tb = "Aldercrest Relief confirmed that four aid workers were freed on Tuesday.";
        var a = Of("eastgate-wire", ta, entities: [E(ta, "Eastgate Wire", "Eastgate Wire", EntityKind.Organization)]);
        var b = Of("harbor-courier", tb, entities: [E(tb, "Aldercrest Relief", "Aldercrest Relief", EntityKind.Organization)]);

        Assert.Empty(SlotComparer.Compare(a, b));
    }

    [Fact]
    public void Compare_SpeakerWhoOpensTheSentenceAgainstAnotherActor_ActorDifferenceOnly()
    {
        var ta = "Prime Minister Orla Vance said the result was disappointing.";
        var tb = "Lionel Brisk, who chairs the Commonwealth Party, called the result disappointing.";
        var a = Of("x", ta, entities: [E(ta, "Orla Vance", "Orla Vance", EntityKind.Person)],
            attribution: new Attribution("Orla Vance", "said", "Prime Minister Orla Vance said"));
        var b = Of("y", tb, entities: [E(tb, "Lionel Brisk", "Lionel Brisk", EntityKind.Person),
            E(tb, "Commonwealth Party", "Commonwealth Party", EntityKind.Organization)]);

        var d = Assert.Single(SlotComparer.Compare(a, b));

        Assert.Equal(DifferenceKind.Actor, d.Kind);
        Assert.Equal(("Orla Vance", "Lionel Brisk"), (d.ValueA, d.ValueB));
    }

    [Fact]
    public void Compare_SpeakerAtTheEndAgainstAnotherActor_IsNoActorDifference()
    {
        var ta = "The result was disappointing, Prime Minister Orla Vance said.";
        var tb = "The result was disappointing, the Commonwealth Party said.";
        var a = Of("x", ta, entities: [E(ta, "Orla Vance", "Orla Vance", EntityKind.Person)],
            attribution: new Attribution("Orla Vance", "said", "Prime Minister Orla Vance said"));
        var b = Of("y", tb, entities: [E(tb, "Commonwealth Party", "Commonwealth Party", EntityKind.Organization)],
            attribution: new Attribution("Commonwealth Party", "said", "the Commonwealth Party said"));

        Assert.DoesNotContain(SlotComparer.Compare(a, b), d => d.Kind == DifferenceKind.Actor);
    }

    [Theory]
    [InlineData("Reform Bloc leader Ezra Dalmont is calling for a full public inquiry.", "Reform Bloc", EntityKind.Organization,
        "Ezra Dalmont")]
    [InlineData("Corrin Trade Minister Aneth Dravik signed the accord.", "Corrin", EntityKind.Place, "Aneth Dravik")]

    // The recogniser may read a party's name as a person's: the title between the two still says who acts.
    [InlineData("Reform Bloc leader Ezra Dalmont is calling for a full public inquiry.", "Reform Bloc", EntityKind.Person, "Ezra Dalmont")]
    public void Compare_NameThatQualifiesATitle_ThePersonAfterItIsTheActor(string ta, string qualifier, EntityKind kind, string person)
    {
        var tb = "Nadira Solvane called for a public inquiry and signed the accord.";
        var a = Of("x", ta, entities: [E(ta, qualifier, qualifier, kind), E(ta, person, person, EntityKind.Person)]);
        var b = Of("y", tb, entities: [E(tb, "Nadira Solvane", "Nadira Solvane", EntityKind.Person)]);

        var d = Assert.Single(SlotComparer.Compare(a, b));

        Assert.Equal(DifferenceKind.Actor, d.Kind);
        Assert.Equal((person, "Nadira Solvane"), (d.ValueA, d.ValueB));
    }

    [Fact]
    public void Compare_TitledPersonOfTheOrganisationTheOtherNames_IsNoActorDifference()
    {
        var ta = "Ruskell chief executive Dana Vell halted all underground work.";
        var tb = "Ruskell halted all underground work.";
        var a = Of("x", ta, entities: [E(ta, "Ruskell", "Ruskell", EntityKind.Organization),
            E(ta, "Dana Vell", "Dana Vell", EntityKind.Person)]);
        var b = Of("y", tb, entities: [E(tb, "Ruskell", "Ruskell", EntityKind.Organization)]);

        Assert.Empty(SlotComparer.Compare(a, b));
    }

    [Fact]
    public void Compare_NameFollowedByMoreThanATitleBeforeAPerson_StaysTheActor()
    {
        var ta = "Ruskell on Friday hired the engineer Dana Vell.";
        var tb = "The National Mines Inspectorate hired Dana Vell.";
        const string Inspectorate = "National Mines Inspectorate";
        var a = Of("x", ta, entities: [E(ta, "Ruskell", "Ruskell", EntityKind.Organization),
            E(ta, "Dana Vell", "Dana Vell", EntityKind.Person)]);
        var b = Of("y", tb, entities: [E(tb, Inspectorate, Inspectorate, EntityKind.Organization),
            E(tb, "Dana Vell", "Dana Vell", EntityKind.Person)]);

        var d = Assert.Single(SlotComparer.Compare(a, b));

        Assert.Equal(("Ruskell", Inspectorate), (d.ValueA, d.ValueB));
    }

    [Fact]
    public void Compare_BodyNamedByACommonNounAgainstAnotherBody_Actor()
    {
        var ta = "Brackwell Mutual is offering a reward of 250,000 crowns for information.";
        var tb = "The city council has put up a reward of 250,000 crowns for information.";
        var a = Of("x", ta, entities: [E(ta, "Brackwell Mutual", "Brackwell Mutual", EntityKind.Organization)]);
        var b = Of("y", tb);

        var d = Assert.Single(SlotComparer.Compare(a, b));

        Assert.Equal(DifferenceKind.Actor, d.Kind);
        Assert.Equal(("Brackwell Mutual", "council"), (d.ValueA, d.ValueB));
    }

    [Fact]
    public void Compare_BodyNamedByACommonNounAgainstItsOwnName_IsNoActorDifference()
    {
        var ta = "The Brackwell City Council has put up a reward of 250,000 crowns.";
        var tb = "The city council has put up a reward of 250,000 crowns.";
        const string Council = "Brackwell City Council";
        var a = Of("x", ta, entities: [E(ta, Council, Council, EntityKind.Organization)]);
        var b = Of("y", tb);

        Assert.Empty(SlotComparer.Compare(a, b));
    }

    [Fact]
    public void Compare_BodyThatOnlySpeaks_IsNoActor()
    {
        var ta = "Police have now opened a criminal investigation too, the provincial prosecutor's office says.";
        var tb = "The provincial prosecutor's office said it had opened a criminal investigation.";
        const string Office = "provincial prosecutor's office";
        var a = Of("x", ta, attribution: new Attribution(Office, "says", "the provincial prosecutor's office says"));
        var b = Of("y", tb, attribution: new Attribution(Office, "said", "The provincial prosecutor's office said"));

        Assert.DoesNotContain(SlotComparer.Compare(a, b), d => d.Kind == DifferenceKind.Actor);
    }
}
