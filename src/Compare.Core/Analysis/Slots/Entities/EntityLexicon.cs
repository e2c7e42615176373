
namespace Compare.Core.Analysis.Slots.Entities;

/// <summary>Word lists for recognising names: titles, title modifiers, organisation and place head words, non-name capitals.</summary>
internal static class EntityLexicon
{
    /// <summary>Title heads before a person's name: "Mayor", "Governor", "Chief", "Minister", "Ms".</summary>
    private static readonly HashSet<string> TitleHeads = new(StringComparer.Ordinal)
    {
        "Mayor", "Governor", "Chief", "Minister", "President", "Premier", "Chancellor", "Secretary", "Councilmember", "Councilmembers",
        "Councilman", "Councilwoman", "Councillor", "Councilor", "Alderman", "Alderwoman", "Senator", "Sen", "Representative", "Rep",
        "Congressman", "Congresswoman", "Judge", "Justice", "Director", "Leader", "Ayatollah", "Imam", "Sheikh", "Emir", "King", "Queen",
        "Prince", "Princess", "Pope", "Cardinal", "Archbishop", "Bishop", "Reverend", "Rev", "Rabbi", "Marshal", "Commissioner",
        "Superintendent", "Sheriff", "Prosecutor", "Ambassador", "Envoy", "General", "Gen", "Colonel", "Col", "Lieutenant", "Lt",
        "Captain", "Capt", "Sergeant", "Sgt", "Major", "Maj", "Admiral", "Adm", "Commander", "Cmdr", "Officer", "Detective",
        "Inspector", "Constable", "Chairman", "Chairwoman", "Chairperson", "Chair", "Speaker", "Dr", "Mr", "Mrs", "Ms", "Miss", "Mx",
        "Prof", "Professor", "Sir", "Dame", "Lord", "Lady", "Spokesman", "Spokeswoman", "Spokesperson", "Economist", "Analyst",
        "Founder", "CEO", "Executive", "Editor", "Coach", "Manager", "Trustee", "Dean", "Treasurer", "Comptroller", "Controller",
        "Auditor", "Clerk", "Administrator", "Warden", "Attorney", "Governors", "Ministers", "Senators", "Judges", "Justices",
        "Presidents", "Directors", "Doctor", "Nurse", "Sister", "Father", "Brother", "Mother", "Saint",
    };

    /// <summary>Words that can stand inside a title before its head: "Deputy", "Finance", "Police", "Supreme".</summary>
    private static readonly HashSet<string> TitleModifiers = new(StringComparer.Ordinal)
    {
        "Deputy", "Vice", "Assistant", "Associate", "Acting", "Former", "Interim", "Chief", "Supreme", "Prime", "Lieutenant",
        "Attorney", "Executive", "Senior", "Police", "Fire", "Finance", "Foreign", "Defense", "Defence", "Health", "Interior",
        "Justice", "Budget", "Library", "Council", "Education", "Transport", "Transportation", "Economy", "Economic", "Trade", "Energy",
        "Environment", "Labor", "Labour", "Home", "Treasury", "Communications", "Press", "County", "City", "State", "Board",
        "Managing", "Commanding", "Regional", "District", "Parks", "Majority", "Minority", "House", "Senate", "Party", "Opposition",
        "Development", "Emergency", "Public", "Safety", "Security", "Intelligence", "Military", "Army", "Navy", "Air", "Surgeon",
        "Principal", "Lead", "Head", "Grand", "High", "Federal", "National", "General", "Exchequer", "Information", "Culture",
        "Agriculture", "Industry", "Planning", "Housing", "Water", "Immigration", "Homeland", "Veterans", "Commerce",
    };

    private static readonly HashSet<string> OrganizationHeads = new(StringComparer.Ordinal)
    {
        "Department", "Dept", "Office", "Council", "Board", "Bank", "Agency", "Ministry", "Corps", "Forces", "Force", "Army", "Navy",
        "Party", "Court", "University", "College", "School", "Institute", "Inc", "Corp", "Corporation", "Co", "Ltd", "LLC", "Group",
        "Energy", "Analytics", "Association", "Union", "Committee", "Commission", "Authority", "Service", "Services", "Center",
        "Centre", "Hospital", "Police", "Company", "Foundation", "News", "Times", "Post", "Wire", "Journal", "Herald", "Tribune",
        "Gazette", "Ledger", "Courier", "Chronicle", "Observer", "Telegraph", "Review", "Press", "Daily", "Magazine", "Radio",
        "Television", "TV", "Network", "Broadcasting", "Brotherhood", "Movement", "Front", "Federation", "Organization",
        "Organisation", "Club", "League", "Church", "Alliance", "Coalition", "Fund", "Trust", "Bureau", "Administration", "Capital",
        "Partners", "Holdings", "Industries", "Airlines", "Airways", "Motors", "Systems", "Technologies", "Labs", "Laboratories",
        "Media", "Studios", "Assembly", "Parliament", "Senate", "Congress", "Cabinet", "Government", "Regiment", "Brigade",
        "Battalion", "Division", "Command", "Guard", "Guards", "Patrol", "Library", "Museum", "Academy", "Society", "Institution",
        "Local", "Project", "Initiative", "Program", "Programme", "Caucus", "Legislature", "Exchange", "Directorate", "Secretariat",
        "Tribunal", "Council", "Fed", "Reserve", "Treasury", "Mission", "Embassy", "Consulate", "Workers", "Militia", "Militias",
        "Rebels", "Insurance", "Bancorp", "Securities", "Investments", "Consulting", "Research", "Office's", "Coastguard", "Mutual",
        "Athletic", "Rovers", "Wanderers", "Railways", "Railway", "Ferries", "Guild", "Forum", "Inspectorate", "Observatory",
        "Cooperative", "Consortium", "Syndicate", "Chamber",

        // Trades that end a company's name: "Ruskell Copper", "Morrick Chemicals", "Skarla Air", "Orvand Domestics".
        "Copper", "Mining", "Metals", "Minerals", "Steel", "Chemicals", "Pharmaceuticals", "Pharma", "Foods", "Petroleum",
        "Shipping", "Logistics", "Construction", "Electric", "Electronics", "Telecom", "Aerospace", "Automotive", "Software", "Air",
        "Domestics", "Appliances", "Resources", "Devices", "Semiconductors", "Semiconductor", "Homes", "Brands", "Retail", "Stores",
        "Solutions", "Dynamics", "Robotics", "Biotech", "Therapeutics", "Textiles", "Utilities", "Plc", "PLC", "GmbH", "AG",
    };

    /// <summary>Last words of the names of competitions, prizes and festivals: "the Fennick Cup", "the Nobel Prize".</summary>
    private static readonly HashSet<string> EventHeads = new(StringComparer.Ordinal)
    {
        "Cup", "Championship", "Championships", "Games", "Olympics", "Trophy", "Prize", "Award", "Awards", "Festival", "Marathon",
        "Tournament", "Biennale", "Expo",
    };

    private static readonly HashSet<string> PlaceHeads = new(StringComparer.Ordinal)
    {
        "City", "County", "Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Drive", "Way", "Square", "Park",
        "Bay", "Harbor", "Harbour", "River", "Lake", "Mountain", "Mountains", "Mount", "Hill", "Hills", "Valley", "Island", "Islands",
        "Peninsula", "Province", "Region", "Strip", "Sea", "Ocean", "Gulf", "Coast", "Beach", "Heights", "Desert", "Canyon", "Falls",
        "Springs", "Creek", "Village", "Town", "Township", "Borough", "Territory", "Territories", "Hall", "Airport", "Station",
        "Bridge", "Plaza", "Flats", "Forest", "Canal", "Strait", "Straits", "Coast", "Republic", "Kingdom", "Emirate", "Oblast",
        "Prefecture", "Quarter", "Neighborhood", "Neighbourhood", "Camp", "Deep", "Colliery",
    };

    /// <summary>Capitalised words that are not names on their own (sentence starters, adjectives of identity, page words).</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "I", "The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "We", "They", "You", "His", "Her", "Their", "Our",
        "My", "Your", "Its", "In", "On", "At", "But", "And", "Or", "So", "Yet", "However", "Meanwhile", "Still", "Also", "After",
        "Before", "When", "While", "Although", "Though", "If", "As", "What", "Who", "Why", "How", "Where", "Some", "Many", "Most",
        "Several", "Both", "One", "No", "Not", "For", "From", "With", "By", "Since", "Until", "Then", "Now", "Today", "Yesterday",
        "Tomorrow", "Last", "Next", "Earlier", "Later", "Under", "Despite", "Among", "Such", "Each", "Every", "All", "Any", "Other",
        "Another", "Only", "Even", "Because", "Instead", "Here", "There", "Thus", "Therefore", "Yes", "Western", "Eastern", "Northern",
        "Southern", "Islamic", "Islamist", "Muslim", "Muslims", "Arab", "Arabs", "Jewish", "Jews", "Christian", "Christians", "Sunni",
        "Shia", "Shiite", "Shiites", "Catholic", "Protestant", "Orthodox", "European", "Asian", "African", "Internet", "Table",
        "Contents", "Back", "Top", "Conclusion", "Watch", "Read", "More", "Related", "Share", "Advertisement", "Photo", "Video", "Image",
        "Reporting", "Editing", "Writing", "Additional", "Updated", "Published", "Copyright", "Click", "Subscribe", "Sign", "Follow",
        "Opinion", "Analysis", "Comment", "Comments", "Editorial", "Breaking", "Live", "Exclusive", "Update", "Note", "Sources",
        "Source", "According", "Officials", "Police", "Residents", "People", "Government", "Many", "Few", "Once", "Whether", "Just",
        "Please", "Let", "Do", "Don't", "Did", "Does", "Is", "Are", "Was", "Were", "Will", "Would", "Could", "Should", "Can", "May",
        "Might", "Must", "Has", "Have", "Had", "Be", "Being", "Been", "Very", "Much", "Own", "New", "Old", "Good", "Bad", "Big",
        "Small", "Great", "Major", "Minor", "Early", "Late", "First", "Second", "Third", "Final", "Latest", "Recent", "Former",
        "Current", "Key", "Main", "Top", "Best", "Worst", "Why", "Where", "Everyone", "Everybody", "Nobody", "None", "Nothing",
        "Someone", "Somebody", "Anyone", "Together", "Additionally", "Moreover", "Furthermore", "Nevertheless", "Nonetheless",
        "Indeed", "Instead", "Otherwise", "Overall", "Finally", "Firstly", "Secondly", "Lastly", "Interestingly", "Notably",
        "Importantly", "Ultimately", "Beyond", "Above", "Below", "Between", "Within", "Without", "Through", "During", "Against",
        "Toward", "Towards", "Upon", "About", "Around", "Across", "Along", "Behind", "Near", "Like", "Unlike", "Per", "Via", "Amid",
        "Amidst", "Following", "Including", "Regarding", "Concerning", "Given", "Ever", "Never", "Always", "Often", "Sometimes",
        "Usually", "Again", "Already", "Soon", "Perhaps", "Maybe", "Certainly", "Clearly", "Obviously", "Apparently", "Reportedly",
        "Allegedly", "Understanding", "Supporters", "Critics", "Opponents", "Others", "Experts", "Analysts", "Economists",
        "Investors", "Traders", "Shares", "Prices", "Inflation", "Libraries", "Crews", "Firefighters", "Investigators", "Staff",
        "Outside", "Inside", "Neither", "Nor", "Either", "Whatever", "Whoever", "Whichever", "Whenever", "Wherever", "Tonight",
        "Everything", "Something", "Anything", "Elsewhere",
    };

    /// <summary>First words that do not make an organisation's name distinctive ("National" in "National Bank of X").</summary>
    private static readonly HashSet<string> GenericFirstWords = new(StringComparer.Ordinal)
    {
        "National", "State", "City", "County", "Federal", "United", "New", "North", "South", "East", "West", "Central", "General",
        "Royal", "American", "International", "Global", "World", "First", "Public", "Supreme", "Islamic", "Democratic", "Republican",
        "Port", "Ministry", "Department", "Office", "Bank", "University", "Council", "Board", "Red", "Great", "Greater", "Upper",
        "Lower", "Old", "Saint", "St", "Fort", "Mount", "Lake", "Kings", "Queens", "Union", "Regional", "Metropolitan", "Middle",
    };

    /// <summary>Lower-case particles inside names: "Bashar al-Assad", "Ludwig van Beethoven", "Osama bin Laden".</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "al", "el", "bin", "ibn", "abu", "van", "von", "der", "de", "del", "della", "di", "da", "du", "la", "le", "dos", "das", "ben",
            "bint",
    };

    public static bool IsTitleHead(string word) => TitleHeads.Contains(word);

    public static bool IsTitleModifier(string word) => TitleModifiers.Contains(word);

    public static bool IsOrganizationHead(string word) => OrganizationHeads.Contains(word);

    public static bool IsPlaceHead(string word) => PlaceHeads.Contains(word);

    public static bool IsEventHead(string word) => EventHeads.Contains(word);

    public static bool IsNotName(string word) => NotNames.Contains(word);

    public static bool IsGenericFirstWord(string word) => GenericFirstWords.Contains(word);

    public static bool IsParticle(string word) => Particles.Contains(word);
}
