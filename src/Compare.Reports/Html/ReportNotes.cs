namespace Compare.Reports.Html;

/// <summary>Fixed explanations every report prints under its method note (the Markdown report prints them too).</summary>
internal static class ReportNotes
{
    public static IReadOnlyList<string> Reading { get; } =
    [
        "A fact is a group of sentences from several outlets that state the same thing. Agree: every outlet that states it states "
            + "it alike. Differ: at least one outlet gives a different figure, date or actor, negates it, credits another source, or "
            + "hedges it. Omitted: an outlet covers the story but not this fact. Unique: only one outlet states it.",
        "Confidence (0–1) is how sure the engine is of the match and of the judgement; salience (0–1) is how central the fact is to "
            + "the story (how many outlets carry it, how checkable it is). Omissions are ranked by salience.",
        "Every statement links to its source article and gives the character offsets of the sentence in the article's main text.",
    ];
}
