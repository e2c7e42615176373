using System.Globalization;
using System.Text;
using Compare.Core.Analysis.Claims;
using Compare.Core.Domain;

namespace Compare.Core.Tests.Analysis.Claims;

public sealed class ClaimExtractorTests
{
    private static readonly DateTimeOffset Thursday = new(2026, 6, 11, 9, 0, 0, TimeSpan.Zero);

    private static Article Article(string text, DateTimeOffset? published = null, string id = "a1") =>
        new(id, "harbor", new Uri("https://harbor.example/story"), "Title", null, published, null, "en", text);

    private static string Describe(IEnumerable<Claim> claims) =>
        string.Join("\n", claims.Select(c => string.Join(" ", c.Id, c.Start, c.Length,
            c.CheckWorthiness.ToString(CultureInfo.InvariantCulture),
            string.Join(",", c.Slots.Quantities.Select(q => q.Value)), string.Join(",", c.Slots.Dates.Select(d => d.From)),
            string.Join(",", c.Slots.Entities.Select(e => e.Canonical)), c.Slots.Polarity, c.Slots.Certainty,
                c.Slots.Attribution?.Source)));

    [Fact]
    public void Extract_Article_GivesClaimsWithIdsOffsetsAndSlots()
    {
        const string Text = "Table of Contents\n\nIran provides about $100 million annually to Hamas, the State Department said. "
            + "What do you think?";
        var claims = new ClaimExtractor().Extract(Article(Text, Thursday));
        var c = Assert.Single(claims);
        Assert.Equal("a1#1", c.Id);
        Assert.Equal("a1", c.ArticleId);
        Assert.Equal("harbor", c.OutletId);
        Assert.Equal(new Uri("https://harbor.example/story"), c.Url);
        Assert.Equal(1, c.SentenceIndex);
        Assert.Equal("Iran provides about $100 million annually to Hamas, the State Department said.", c.Text);
        Assert.Equal(Text.IndexOf("Iran", StringComparison.Ordinal), c.Start);
        Assert.Equal(c.Text.Length, c.Length);
        var q = Assert.Single(c.Slots.Quantities);
        Assert.Equal((1e8, "USD", "year", QuantityQualifier.Approximate), (q.Value, q.Unit, q.Per, q.Qualifier));
        Assert.Equal(Text.IndexOf("about", StringComparison.Ordinal), q.Start);
        Assert.Equal(["Iran", "Hamas", "US Department of State"], c.Slots.Entities.Select(e => e.Canonical));
        Assert.Equal("US Department of State", c.Slots.Attribution?.Source);
        Assert.Equal(Polarity.Affirmed, c.Slots.Polarity);
        Assert.Equal(Certainty.Asserted, c.Slots.Certainty);
    }

    [Fact]
    public void Extract_CuesOfPolarityAndCertainty_AreListed()
    {
        var c = Assert.Single(new ClaimExtractor().Extract(Article("Police said investigators had not ruled out sabotage and may never " +
            "know the cause.")));
        Assert.Equal(["not", "ruled out", "never", "may"], c.Slots.Cues);
        Assert.Equal(Certainty.Hedged, c.Slots.Certainty);
    }

    [Theory]
    [InlineData("The mill shut down all three furnaces on Monday, said Petra Holm, a spokeswoman for Valtrek Steel. "
        + "Production will resume in two weeks, Holm said.")]
    [InlineData("Valtrek Steel spokeswoman Petra Holm said the mill shut down all three furnaces on Monday. "
        + "Production will resume in two weeks, Holm said.")]
    public void Extract_SpokespersonOfAnOrganisation_CreditsTheOrganisation(string text)
    {
        var claims = new ClaimExtractor().Extract(Article(text, Thursday));
        Assert.Equal(["Valtrek Steel", "Valtrek Steel"], claims.Select(c => c.Slots.Attribution?.Source));
    }

    [Fact]
    public void Extract_HeadCountOfAnUnnamedSource_IsNoFigureOfTheFact()
    {
        var c = Assert.Single(new ClaimExtractor().Extract(Article("Aldermoor is borrowing 90 million thalers, two people familiar with the financing said.",
            Thursday)));
        Assert.Equal("two people familiar with the financing", c.Slots.Attribution?.Source);
        Assert.Equal([9e7], c.Slots.Quantities.Select(q => q.Value));
    }

    [Fact]
    public void Extract_PersonWhoIsNoSpokesperson_StaysTheSource()
    {
        var claims = new ClaimExtractor().Extract(Article("Petra Holm, who runs Valtrek Steel, said the mill shut down all three furnaces on Monday.",
            Thursday));
        Assert.Equal(["Petra Holm"], claims.Select(c => c.Slots.Attribution?.Source));
    }

    [Fact]
    public void Extract_PronounAfterAQuotedPerson_IsThatPerson()
    {
        var claims = new ClaimExtractor().Extract(Article("Two workers died, Fire Chief Maria Lenz said. Eleven people were hurt, she s" +
            "aid."));
        Assert.Equal(["Maria Lenz", "Maria Lenz"], claims.Select(c => c.Slots.Attribution?.Source));
    }

    [Fact]
    public void Extract_ItSaidAfterACreditedBody_IsThatBody()
    {
        var claims = new ClaimExtractor().Extract(Article("The Ostrel Coastguard said 14 people had died. The ferry was run by Kelvadry Ferries. " +
            "Eleven people were still missing, it said. Dr Ana Canto, who treated survivors, said 40 were in hospital."));
        Assert.Equal(["Ostrel Coastguard", null, "Ostrel Coastguard", "Ana Canto"], claims.Select(c => c.Slots.Attribution?.Source));
    }

    [Fact]
    public void Extract_BodyReferredBackToByItsNoun_IsTheBodyNamedBefore()
    {
        var claims = new ClaimExtractor().Extract(Article("The Veskarian Space Agency launched its first rocket on Monday from Orla Point. " +
            "The rocket broke up 40 seconds after launch, the agency said. Debris fell 30 kilometres out to sea, the coast guard said."));
        Assert.Equal([null, "Veskarian Space Agency", "coast guard"], claims.Select(c => c.Slots.Attribution?.Source));
    }

    [Fact]
    public void Extract_ShortFormInBracketsAfterTheSpeaker_CreditsTheSpeaker()
    {
        var claims = new ClaimExtractor().Extract(Article("The leak began late on Friday, the National Environment Inspectorate (NEI) said. " +
            "The Cardale Federation of Labour (CFL), which organised the march with four other unions, said 310,000 people took part."));
        Assert.Equal(["National Environment Inspectorate", "Cardale Federation of Labour"], claims.Select(c => c.Slots.Attribution?.Source));
    }

    [Fact]
    public void Extract_ReasonCited_IsNoSource()
    {
        var claims = new ClaimExtractor().Extract(Article("The Kestrin police chief banned the march planned for 29 June, citing security concerns. " +
            "The ministry delayed the vote, citing a report by the National Audit Chamber."));
        Assert.Equal([null, "report by the National Audit Chamber"], claims.Select(c => c.Slots.Attribution?.Source));
    }

    [Fact]
    public void Extract_PluralNounWithItsPlace_IsTheSpeaker()
    {
        var claims = new ClaimExtractor().Extract(Article("Firefighters in Brannock say the fire was started by an arsonist. " +
            "The warehouse burned for six hours, officials from Tessford said."));
        Assert.Equal(["Firefighters in Brannock", "officials from Tessford"], claims.Select(c => c.Slots.Attribution?.Source));
    }

    [Fact]
    public void Extract_SpeakerOfAConcessiveClause_IsNotTheSource()
    {
        var claims = new ClaimExtractor().Extract(Article("The line will probably open in 2031, although Ferrovant, the state company building it, " +
            "insists that 2030 remains within reach. Ferrovant insists that 2030 remains within reach."));
        Assert.Equal([null, "Ferrovant"], claims.Select(c => c.Slots.Attribution?.Source));
    }

    [Fact]
    public void Extract_CompanyNounWithNoBodyOfThatName_IsTheCompanyTheSentenceNames()
    {
        var claims = new ClaimExtractor().Extract(Article("Corvane Airways carried a record 14.2 million passengers in 2024, the airline said. " +
            "Lumora Devices is cutting 1,200 jobs, the smartphone maker said on Friday."));
        Assert.Equal(["Corvane Airways", "Lumora Devices"], claims.Select(c => c.Slots.Attribution?.Source));
    }

    [Fact]
    public void Extract_HospitalOrMuseumReferredBackTo_IsTheOneNamedBefore()
    {
        var claims = new ClaimExtractor().Extract(Article("Corvath Royal Hospital treated 312 patients for heat exhaustion, the hospital said. " +
            "Seven paintings were taken from the Halsey Museum of Art, the museum said."));
        Assert.Equal(["Corvath Royal Hospital", "Halsey Museum of Art"], claims.Select(c => c.Slots.Attribution?.Source));
    }

    [Fact]
    public void Extract_CompanyNounBesideTwoCompanies_StaysAsWritten()
    {
        var claims = new ClaimExtractor().Extract(Article("Halcyon Insurance will buy Stellmark Bank for 2.3 billion valdors, the company said."));
        Assert.Equal(["company"], claims.Select(c => c.Slots.Attribution?.Source));
    }

    [Fact]
    public void Extract_BodyNounTheArticleNamesNoBodyWith_StaysAsWritten()
    {
        var claims = new ClaimExtractor().Extract(Article("The rocket broke up 40 seconds after launch on Monday, the agency said."));
        Assert.Equal(["agency"], claims.Select(c => c.Slots.Attribution?.Source));
    }

    [Fact]
    public void Extract_ItSaidWithNoBodyCreditedBefore_CreditsNobody()
    {
        var claims = new ClaimExtractor().Extract(Article("Dr Ana Canto said 40 people were in hospital. Eleven were still missing, it said."));
        Assert.Equal(["Ana Canto", null], claims.Select(c => c.Slots.Attribution?.Source));
    }

    [Fact]
    public void Extract_RelativeDates_UseThePublicationDayInThePublishersOffset()
    {
        // 23:30 in New York on 11 June is already 12 June in UTC; "yesterday" is 10 June for the reader of that page.
        var published = new DateTimeOffset(2026, 6, 11, 23, 30, 0, TimeSpan.FromHours(-5));
        var c = Assert.Single(new ClaimExtractor().Extract(Article("The council approved $5 million for parks yesterday.", published)));
        Assert.Equal(new DateOnly(2026, 6, 10), Assert.Single(c.Slots.Dates).From);
    }

    [Fact]
    public void Extract_NoPublicationDate_DropsRelativeDatesButKeepsTheRest()
    {
        var c = Assert.Single(new ClaimExtractor().Extract(Article("The council met last Tuesday and approved $5 million in 2025.", null)));
        Assert.Equal([new DateOnly(2025, 1, 1)], c.Slots.Dates.Select(d => d.From));
        Assert.Equal(5e6, Assert.Single(c.Slots.Quantities).Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("[Back to Top]")]
    public void Extract_NoText_GivesNoClaims(string text)
    {
        Assert.Empty(new ClaimExtractor().Extract(Article(text)));
    }

    [Fact]
    public void Extract_BinaryJunk_GivesNoClaims()
    {
        var bytes = new byte[500_000];
        new Random(7).NextBytes(bytes);
        var claims = new ClaimExtractor().Extract(Article(Encoding.UTF8.GetString(bytes)));
        Assert.True(claims.Count == 0, string.Join("\n", claims.Take(5).Select(c => c.CheckWorthiness + " " + c.Text)));
    }

    [Fact]
    public void Extract_TenMegabytesWithoutSpaces_GivesNoClaims()
    {
        Assert.Empty(new ClaimExtractor().Extract(Article(new string('a', 10 * 1024 * 1024))));
    }

    [Fact]
    public void Extract_TenMegabyteArticle_KeepsEveryRepeatedClaimWithValidOffsets()
    {
        const string Paragraph = "Iran provides about $100 million annually to Hamas, officials said on Tuesday. Share your thoughts in" +
            " the comments below.\n\n";
        var repeats = 10 * 1024 * 1024 / Paragraph.Length;
        var text = new StringBuilder(Paragraph.Length * repeats).Insert(0, Paragraph, repeats).ToString();
        var claims = new ClaimExtractor().Extract(Article(text, Thursday));
        Assert.Equal(repeats, claims.Count);
        var last = claims[^1];
        Assert.Equal(text.Substring(last.Start, last.Length), last.Text);
        Assert.Equal(2 * (repeats - 1), last.SentenceIndex);
        Assert.Equal(1e8, Assert.Single(last.Slots.Quantities).Value);
    }

    [Fact]
    public void Extract_RandomWordSoup_NeverThrowsAndKeepsOffsetsValid()
    {
        string[] vocabulary =
        [
            "Iran", "the", "U.S.", "$", "1.5", "billion", "about", "more", "than", "said", "not", "no", "may", "Oct.", "7", ",", ".", "?",
                "!",
            "\"", "“", "”", "(", ")", "-", "–", "—", "'s", "Mr.", "Dr", "a", "third", "half", "twenty", "-", "four", "6-3", "%", "percent",
            "according", "to", "citing", "Tuesday", "last", "week", "in", "May", "2024", "the", "early", "1990s", "'90s", "\n", "\n\n", "•",
            "...", "…", "[Back to Top]", "Mayor", "Ines", "Varga", "of", "and", "Department", "Board", "told", "reporters", "that", "who",
            "which", "11:48", "p.m.", "24/7", "No.", "Local", "214", "ruled", "out", "failed", "purportedly", "", " ", "\t", "é", "\u0000",
        ];
        var random = new Random(1234);
        var extractor = new ClaimExtractor();
        for (var round = 0; round < 300; round++)
        {
            var words = Enumerable.Range(0, random.Next(1, 120)).Select(_ => vocabulary[random.Next(vocabulary.Length)]);
            var text = string.Join(random.Next(3) == 0 ? string.Empty : " ", words);
            foreach (var c in extractor.Extract(Article(text, round % 2 == 0 ? Thursday : null)))
            {
                Assert.Equal(c.Text, text.Substring(c.Start, c.Length));
                Assert.All(c.Slots.Quantities, q => Assert.Equal(q.Text, text.Substring(q.Start, q.Length)));
                Assert.All(c.Slots.Dates, d => Assert.Equal(d.Text, text.Substring(d.Start, d.Length)));
                Assert.All(c.Slots.Entities, e => Assert.Equal(e.Text, text.Substring(e.Start, e.Length)));
                Assert.All(c.Slots.Dates, d => Assert.True(d.From <= d.To));
            }
        }
    }

    [Fact]
    public void Extract_ConcurrentCalls_GiveTheSameClaims()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "seeds", "source", "000_2d0df26f423f7034.txt"));
        var extractor = new ClaimExtractor();
        var expected = Describe(extractor.Extract(Article(text, Thursday)));
        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = Describe(extractor.Extract(Article(text, Thursday))));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Extract_ThresholdZero_KeepsEverySentence()
    {
        var article = Article("Table of Contents\n\nWhat do you think? Iran spoke.");
        Assert.Equal(3, new ClaimExtractor(new ClaimExtractorOptions { MinCheckWorthiness = 0 }).Extract(article).Count);
        Assert.Empty(new ClaimExtractor(new ClaimExtractorOptions { MinCheckWorthiness = 1 }).Extract(article));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Constructor_ThresholdOutOfRange_NamesTheSetting(double threshold)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(()
            => new ClaimExtractor(new ClaimExtractorOptions { MinCheckWorthiness = threshold }));
        Assert.Contains("Compare:Claims:MinCheckWorthiness", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Dev Anand said the blast blew in a loading-dock door. \"The whole building shook. I thought a tanker had gone up,\" "
        + "Anand said.", new[] { "Dev Anand", "Dev Anand", "Dev Anand" })]
    [InlineData("Marta Kell, the district health officer, said: “The wells are the cause. Boil the water before you drink it.”",
        new[] { "Marta Kell", "Marta Kell" })]
    [InlineData("\"Every little bit helps,\" Sana Morrow said outside the market. \"Our payment went up 400 crowns a month.\"",
        new[] { "Sana Morrow", "Sana Morrow" })]
    public void Analyze_QuotationOfSeveralSentences_CreditsEachToTheSpeaker(string text, string[] sources)
    {
        var sentences = new ClaimExtractor().Analyze(Article(text));

        Assert.Equal(sources, sentences.Select(s => s.Slots.Attribution?.Source));
    }

    [Theory]
    [InlineData("\"It is over,\" Lena Ruud said. The council met again on Monday.", new[] { "Lena Ruud", null })]
    [InlineData("\"It is over,\" Lena Ruud said.\n\"We start again on Monday.\"", new[] { "Lena Ruud", null })]
    [InlineData("\"It is over,\" Lena Ruud said. \"Recount\" is a word the council avoids.", new[] { "Lena Ruud", null })]
    public void Analyze_SentenceAfterACreditedQuotation_IsNotCreditedUnlessItGoesOnQuoting(string text, string?[] sources)
    {
        var sentences = new ClaimExtractor().Analyze(Article(text));

        Assert.Equal(sources, sentences.Select(s => s.Slots.Attribution?.Source));
    }

    [Theory]
    [InlineData("“We lost the harvest in a week,” said Ivo Brandt, who farms near the river. “The water came up over the fences.\n"
        + "“By morning the water was at our doors.”", new[] { "Ivo Brandt", "Ivo Brandt", "Ivo Brandt" })]
    [InlineData("\"We lost the harvest in a week,\" said Ivo Brandt, who farms near the river. \"The water came up over the fences.\n"
        + "\"By morning the water was at our doors.\"", new[] { "Ivo Brandt", "Ivo Brandt", "Ivo Brandt" })]
    public void Analyze_QuotationRunningOnIntoTheNextParagraph_CreditsItToTheSpeaker(string text, string[] sources)
    {
        var sentences = new ClaimExtractor().Analyze(Article(text));

        Assert.Equal(sources, sentences.Select(s => s.Slots.Attribution?.Source));
    }

    [Fact]
    public void Analyze_NewParagraphAfterAClosedQuotation_OpensAQuotationOfItsOwn()
    {
        // The first paragraph's quotation is closed, so the second paragraph's mark opens another: its speaker is not Brandt.
        var sentences = new ClaimExtractor().Analyze(Article(
            "“We lost the harvest in a week,” said Ivo Brandt, who farms near the river.\n“By morning the water was at our doors.”"));

        Assert.Equal(["Ivo Brandt", null], sentences.Select(s => s.Slots.Attribution?.Source));
    }

    [Fact]
    public void Analyze_SourceNamedInsideTheQuotation_IsNotTheSpeaker()
    {
        var sentences = new ClaimExtractor().Analyze(Article("\"The police told us nothing. We waited four hours for a bus.\""));

        // The first sentence, read alone, credits the police; the quotation's speaker is someone else, unnamed.
        Assert.Equal("police", sentences[0].Slots.Attribution?.Source);
        Assert.Null(sentences[1].Slots.Attribution);
    }

    [Fact]
    public void Extract_NullArticle_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new ClaimExtractor().Extract(null!));
    }
}
