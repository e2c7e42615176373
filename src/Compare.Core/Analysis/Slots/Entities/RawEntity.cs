using Compare.Core.Domain;

namespace Compare.Core.Analysis.Slots.Entities;

/// <summary>A name found in one sentence, before the article-level resolution of short forms ("Varga" → "Ines Varga").</summary>
/// <param name="First">First token of the name (titles excluded).</param>
/// <param name="Next">Token after the name.</param>
/// <param name="Name">The name as written.</param>
/// <param name="Kind">What the recognizer made of it.</param>
/// <param name="Canonical">The alias table's canonical name, or null when the table does not know it.</param>
/// <param name="Titled">A title stood before it ("Mayor", "Ms."): it is a person.</param>
internal sealed record RawEntity(int First, int Next, string Name, EntityKind Kind, string? Canonical, bool Titled)
{
    public int WordCount => Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
