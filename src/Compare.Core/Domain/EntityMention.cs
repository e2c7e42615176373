namespace Compare.Core.Domain;

/// <summary>A named actor or entity: "Tehran" resolved to "Iran", "the IDF" to "Israel Defense Forces".</summary>
/// <param name="Canonical">The canonical name from the alias table, or the name as written when it has no entry.</param>
/// <param name="Kind">Person, organization, place or other.</param>
/// <param name="Text">The words as written.</param>
/// <param name="Start">Character offset in the article text.</param>
/// <param name="Length">Length in characters.</param>
public sealed record EntityMention(string Canonical, EntityKind Kind, string Text, int Start, int Length);
