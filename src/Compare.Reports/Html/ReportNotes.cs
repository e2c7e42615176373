using Compare.Core.Domain;
using Compare.Reports.Text;

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

    /// <summary>"Confidence of the 27 findings: median 0.85, lowest 0.80 (f025)."</summary>
    public static string Confidence(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var sorted = findings.OrderBy(f => f.Confidence).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
        var median = sorted.Count % 2 == 1
            ? sorted[sorted.Count / 2].Confidence
            : (sorted[(sorted.Count / 2) - 1].Confidence + sorted[sorted.Count / 2].Confidence) / 2;
        return $"Confidence of the {ReportText.Count(sorted.Count, "finding", "findings")}: median {ReportText.Score(median)}, "
            + $"lowest {ReportText.Score(sorted[0].Confidence)} ({sorted[0].Id}).";
    }
}
