using Compare.Core.Domain;

namespace Compare.Core.Tests.Analysis.Slots.Entities;

public sealed class EntityRecognizerTests
{
    [Theory]
    [InlineData("Tehran denied the report.", "Iran<Place>")]
    [InlineData("The Islamic Republic officially recognizes Palestine as a state.", "Iran<Place> | Palestine<Place>")]
    [InlineData("The Islamic Republic of Iran has been sponsoring Hamas.", "Iran<Place> | Hamas<Organization>")]
    [InlineData("The IDF produced documents.", "Israel Defense Forces<Organization>")]
    [InlineData("Israel's military said it found papers.", "Israel Defense Forces<Organization>")]
    [InlineData("Later the Israeli military said so.", "Israel Defense Forces<Organization>")]
    [InlineData("Israeli troops said they had found records.", "Israel Defense Forces<Organization>")]
    [InlineData("The IRGC gave it the go-ahead.", "Islamic Revolutionary Guard Corps<Organization>")]
    [InlineData("Iran's Revolutionary Guards fired missiles.", "Islamic Revolutionary Guard Corps<Organization>")]
    [InlineData("The Islamic Revolutionary Guard Corps (IRGC) approved it.",
        "Islamic Revolutionary Guard Corps<Organization> | Islamic Revolutionary Guard Corps<Organization>")]
    [InlineData("The State Department has estimated the sum.", "US Department of State<Organization>")]
    [InlineData("The sum, the U.S. State Department estimated, is large.", "US Department of State<Organization>")]
    [InlineData("The WSJ reported it first.", "The Wall Street Journal<Organization>")]
    [InlineData("Hezbollah, Hamas and the PIJ met.",
        "Hezbollah<Organization> | Hamas<Organization> | Palestinian Islamic Jihad<Organization>")]
    [InlineData("TEHRAN, Oct 8 (Reuters) - Officials met.", "Iran<Place> | Reuters<Organization>")]
    [InlineData("Khaled Mashal, former leader of the bureau, spoke.", "Khaled Mashal<Person>")]
    [InlineData("Hamas leader Ismail Haniyeh met Iran's Supreme Leader Ayatollah Ali Khamenei in Tehran.",
        "Hamas<Organization> | Ismail Haniyeh<Person> | Iran<Place> | Ali Khamenei<Person> | Iran<Place>")]
    [InlineData("Hamas broke with President Bashar al-Assad of Syria.", "Hamas<Organization> | Bashar al-Assad<Person> | Syria<Place>")]
    [InlineData("Secretary of State Antony Blinken flew in.", "Antony Blinken<Person>")]
    [InlineData("Israel occupied the Gaza Strip and West Bank.", "Israel<Place> | Gaza Strip<Place> | West Bank<Place>")]
    [InlineData("Elm Harbor Fire Chief Maria Lenz said two workers died.", "Elm Harbor<Place> | Maria Lenz<Person>")]
    [InlineData("Mayor Ines Varga proposed the budget.", "Ines Varga<Person>")]
    [InlineData("Councilmembers Ana Ruiz, Tom Berg and Lena Fox voted no.", "Ana Ruiz<Person> | Tom Berg<Person> | Lena Fox<Person>")]
    [InlineData("State Department of Labor and Industry records show violations.", "State Department of Labor and Industry<Organization>")]
    [InlineData("The Millford City Council adopted the plan.", "Millford City Council<Organization>")]
    [InlineData("The Budget and Finance Committee met.", "Budget and Finance Committee<Organization>")]
    [InlineData("Crews closed Harbor Road near Pelling Street.", "Harbor Road<Place> | Pelling Street<Place>")]
    [InlineData("Port Jarrow lies on the coast.", "Port Jarrow<Place>")]
    [InlineData("At Ruskell Copper's Tollen Deep mine, rescue crews worked through the night.", "Ruskell Copper<Organization> | Tollen Deep<Place>")]
    [InlineData("The jet belonged to Skarla Air.", "Skarla Air<Organization>")]
    [InlineData("UTRECHT, Netherlands (AFP) - Police arrested a man.", "UTRECHT<Place> | Netherlands<Place> | Agence France-Presse<Organization>")]
    [InlineData("An arson suspect was arrested in Tacoma on Tuesday.", "Tacoma<Place>")]
    [InlineData("Annual inflation slowed in Ruritania.", "Ruritania<Place>")]
    [InlineData("Eric Dunne said the NBV would act.", "Eric Dunne<Person> | NBV<Organization>")]
    [InlineData("Residents said the smoke was thick.", "")]
    [InlineData("However, the two groups are not the same.", "")]
    [InlineData("The Ostrel Coastguard said 14 people had died.", "Ostrel Coastguard<Organization>")]
    [InlineData("The Corrin Farmers' Federation opposed the quota.", "Corrin Farmers' Federation<Organization>")]
    [InlineData("Seven paintings were taken from the Halsey Museum of Art.", "Halsey Museum of Art<Organization>")]
    [InlineData("Forty people were rescued near Selwick.", "Selwick<Place>")]
    [InlineData("Tens of thousands marched on Thursday.", "")]
    [InlineData("Thousands lost power in Ardene.", "Ardene<Place>")]
    [InlineData("\"I've never seen anything like it,\" said Emrys Hadley.", "Emrys Hadley<Person>")]
    [InlineData("\"But I'd rather that than a piece of rocket on my deck.\"", "")]
    [InlineData("Outside the court, Ezra Dalmont's supporters cheered.", "Ezra Dalmont<Person>")]
    [InlineData("A generator failed at St Aubrin General Hospital in Vossane.", "St Aubrin General Hospital<Organization> | Vossane<Place>")]
    [InlineData("Kessel Athletic plays in the Premier Division.", "Kessel Athletic<Organization> | Premier Division<Organization>")]
    [InlineData("General Motors cut 900 jobs.", "General Motors<Organization>")]
    [InlineData("Attorney General Mara Lind resigned.", "Mara Lind<Person>")]
    [InlineData("The Merrin Pharmacists' Guild called for calm.", "Merrin Pharmacists' Guild<Organization>")]
    [InlineData("The National Mines Inspectorate opened an inquiry.", "National Mines Inspectorate<Organization>")]
    [InlineData("Dozens of dead fish lined the River Ambel.", "River Ambel<Place>")]
    [InlineData("Tessendry Rovers won the Fennick Cup for the ninth time.", "Tessendry Rovers<Organization> | Fennick Cup<Other>")]
    [InlineData("HALSEY — Seven paintings were taken.", "HALSEY<Place>")]
    [InlineData("KESSEL, May 12 (Eastgate Wire) - Forty fans were arrested.", "KESSEL<Place> | Eastgate Wire<Organization>")]
    public void Recognize_Sentence_FindsCanonicalNames(string sentence, string expected)
    {
        Assert.Equal(expected, Assert.Single(EntityText.Describe(sentence)));
    }

    [Fact]
    public void Recognize_PluralOpener_IsACommonNounWhenTheArticleWritesItsSingular()
    {
        var result = EntityText.Describe("Inspectors found cracks in the Marrow Bridge.", "An inspector said the cracks had grown.");
        Assert.Equal(["Marrow Bridge<Place>", ""], result);
    }

    [Fact]
    public void Resolve_Surname_BecomesTheFullNameMentionedEarlier()
    {
        var result = EntityText.Describe("Mayor Ines Varga proposed the budget in April.", "Varga said she would sign it.",
            "Ms. Varga did not comment.");
        Assert.Equal(["Ines Varga<Person>", "Ines Varga<Person>", "Ines Varga<Person>"], result);
    }

    [Fact]
    public void Resolve_SurnameBeforeTheFullName_TakesTheLaterFullName()
    {
        Assert.Equal(["Helena Drosk<Person>", "Helena Drosk<Person>"],
            EntityText.Describe("Drosk said the board was split.", "Governor Helena Drosk spoke later."));
    }

    [Fact]
    public void Resolve_OrganisationShortNameAndInitials_BecomeTheFullName()
    {
        var result = EntityText.Describe("Corvex Energy's refinery exploded.", "Corvex said it had shut the plant.",
            "The National Bank of Ruritania cut rates.", "The NBR raised them in 2022.");
        Assert.Equal("Corvex Energy<Organization>", result[0]);
        Assert.Equal("Corvex Energy<Organization>", result[1]);
        Assert.Equal("National Bank of Ruritania<Organization>", result[2]);
        Assert.Equal("National Bank of Ruritania<Organization>", result[3]);
    }

    [Fact]
    public void Resolve_TwoPeopleWithOneSurname_TakeTheNearestEarlierOne()
    {
        var result = EntityText.Describe("Rosa Lindqvist sponsored the levy.", "Hector Lindqvist leads the union.",
            "Lindqvist said it was corroded.");
        Assert.Equal("Hector Lindqvist<Person>", result[2]);
    }

    [Fact]
    public void Recognize_Mention_KeepsTheWordsAsWrittenAndTheirOffset()
    {
        const string Second = "Later, Tehran's envoy left.";
        var entities = EntityText.Entities("Iran spoke.", Second);
        var e = Assert.Single(entities[1]);
        Assert.Equal("Iran", e.Canonical);
        Assert.Equal(EntityKind.Place, e.Kind);
        Assert.Equal("Tehran", e.Text);
        Assert.Equal("Iran spoke.".Length + 1 + Second.IndexOf("Tehran", StringComparison.Ordinal), e.Start);
        Assert.Equal(6, e.Length);
    }
}
