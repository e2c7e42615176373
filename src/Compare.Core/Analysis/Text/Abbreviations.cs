namespace Compare.Core.Analysis.Text;

/// <summary>What a period after a short word means for sentence boundaries.</summary>
internal static class Abbreviations
{
    /// <summary>Titles before a name: a period after them never ends a sentence ("Dr. Smith", "Gen. Ali").</summary>
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Gens", "Sen", "Sens", "Rep", "Reps", "Gov", "Lt", "Col", "Capt", "Sgt", "Maj",
        "Adm", "Cmdr", "Cdr", "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Cpl", "Pvt", "Fr", "Messrs", "Mme", "Mlle", "Atty",
        "Brig", "Amb", "Asst", "Assoc", "Msgr", "Rt", "Lieut", "Secy", "Cllr", "Mssrs",
    };

    /// <summary>Abbreviations that are never the last word of a sentence.</summary>
    private static readonly HashSet<string> NeverFinal = new(StringComparer.OrdinalIgnoreCase)
    {
        "vs", "v", "e.g", "i.e", "viz", "cf", "approx", "ca", "incl", "esp", "nr",
    };

    /// <summary>Abbreviations usually followed by a number: "No. 5", "Fig. 3", "Aug. 13".</summary>
    private static readonly HashSet<string> BeforeNumber = new(StringComparer.OrdinalIgnoreCase)
    {
        "No", "Nos", "Art", "Arts", "Fig", "Figs", "Vol", "Vols", "p", "pp", "Sec", "Ch", "Chap", "Para", "Eq", "Ref", "Tab", "Pt",
        "Op", "Ed", "Ex", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Rs", "St",
    };

    /// <summary>Abbreviations that may or may not end a sentence ("Apple Inc. The company..." vs "Acme Inc. Chairman...").</summary>
    private static readonly HashSet<string> Ambiguous = new(StringComparer.OrdinalIgnoreCase)
    {
        "Inc", "Corp", "Co", "Ltd", "Bros", "Jr", "Sr", "St", "Ave", "Blvd", "Rd", "Mt", "Ft", "Dept", "Univ", "Assn", "Govt",
        "est", "etc", "al", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue",
        "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Bldg", "Hwy", "Sq", "Ct", "Pl", "Ln", "Mfg", "Intl", "Natl",
        "Plc", "Pty", "Cos", "Gov't",
    };

    /// <summary>Words that commonly open a sentence; after an ambiguous abbreviation they signal a boundary.</summary>
    private static readonly HashSet<string> Starters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "It", "Its", "He", "She", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "Here",
        "In", "On", "At", "But", "And", "Or", "So", "Yet", "However", "Meanwhile", "Still", "Also", "After", "Before", "When",
        "While", "Although", "Though", "If", "As", "His", "Her", "Their", "Our", "My", "Your", "What", "Who", "Why", "How",
        "Where", "Some", "Many", "Most", "Several", "Both", "One", "No", "Not", "For", "From", "With", "By", "Since", "Until",
        "Then", "Now", "Today", "Yesterday", "Last", "Next", "Earlier", "Later", "Under", "Despite", "Among", "Such", "Each",
        "Every", "All", "Any", "Other", "Another", "Only", "Even", "Because", "Instead", "Officials", "Shares", "Analysts",
    };

    public static bool IsTitle(string word) => Titles.Contains(word);

    public static bool IsNeverFinal(string word) => NeverFinal.Contains(word);

    public static bool IsBeforeNumber(string word) => BeforeNumber.Contains(word);

    public static bool IsAmbiguous(string word) => Ambiguous.Contains(word) || IsDottedAcronym(word);

    public static bool IsStarter(string word) => Starters.Contains(word);

    /// <summary>"U.S", "a.m", "D.C": single letters separated by dots (the final dot is not part of <paramref name="word"/>).</summary>
    public static bool IsDottedAcronym(string word)
    {
        if (word.Length < 3)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var expectLetter = i % 2 == 0;
            if (expectLetter ? !char.IsLetter(word[i]) : word[i] != '.')
            {
                return false;
            }
        }

        return word.Length % 2 == 1;
    }

    /// <summary>A single capital letter: an initial ("John F. Kennedy").</summary>
    public static bool IsInitial(string word) => word.Length == 1 && char.IsUpper(word[0]);
}
