namespace Compare.Core.Stories;

/// <summary>A word or name of an article, as the grouping and the labels use it.</summary>
/// <param name="Key">The analysed form: a stemmed word (<c>refineri</c>) or a lower-case name of several words (<c>kestrel bay</c>).</param>
/// <param name="Surface">The form first written in the article (<c>refinery</c>, <c>Kestrel Bay</c>), for labels.</param>
/// <param name="Count">How often it occurs in the analysed text.</param>
/// <param name="IsName">True for a run of capitalised words (a likely name of a person, place or organisation).</param>
/// <param name="InTitle">True when the headline has it.</param>
public sealed record ArticleTerm(string Key, string Surface, int Count, bool IsName, bool InTitle = false);
