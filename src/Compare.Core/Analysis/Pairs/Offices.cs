using System.Collections.Frozen;

namespace Compare.Core.Analysis.Pairs;

/// <summary>
/// Offices one person holds, named by their title: "the mayor", "the chief executive", "a spokeswoman". One list, read by
/// the slot checks in three ways: an office alone refers back to its holder named elsewhere ("the mayor promised", see
/// <see cref="SlotComparer.SameSource"/>); an office named as the actor may be held by the person the other statement
/// names ("The energy minister ordered" and "Dorran ordered"); and an officer beside a body's name speaks for it
/// ("Aldercrest's executive director, Sefa Eskedal", see <see cref="Affiliation"/>).
/// </summary>
internal static class Offices
{
    /// <summary>Every office one person holds, in lower case; two words for "prime minister", "vice president" and "deputy minister".</summary>
    public static readonly FrozenSet<string> Titles = new[]
    {
        "president", "vice president", "governor", "mayor", "minister", "prime minister", "deputy minister", "premier", "chancellor",
        "judge", "commissioner", "director", "chief", "executive", "ceo", "chairman", "chairwoman", "chair", "secretary", "leader",
        "officer", "spokesman", "spokeswoman", "spokesperson",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The offices of one word, for matching word by word.</summary>
    public static readonly FrozenSet<string> Words = Titles.Where(t => !t.Contains(' ', StringComparison.Ordinal))
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Roles that speak for a body without being its one holder of an office: an officer beside the body's name
    /// ("Lannoric Union regional organiser Ana Voss") speaks for it as an office holder does.
    /// </summary>
    public static readonly FrozenSet<string> Roles = Words.Concat(["head", "manager", "founder", "representative", "coordinator", "convenor",
        "organiser", "organizer"]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
