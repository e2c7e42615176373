using Compare.Core.Domain;

namespace Compare.Reports.Text;

/// <summary>What one outlet says about a fact: its values where outlets differ, and its evidence sentences.</summary>
/// <param name="OutletId">The outlet.</param>
/// <param name="Values">Its value for each differing kind, in the finding's order.</param>
/// <param name="Sentences">Its evidence, the sentence that carries most of its values first.</param>
internal sealed record OutletStatement(string OutletId, IReadOnlyList<(DifferenceKind Kind, OutletValue Value)> Values, IReadOnlyList<Evidence> Sentences)
{
    /// <summary>The texts to highlight in the outlet's sentences.</summary>
    public IReadOnlyList<(string Text, DifferenceKind Kind)> Marks =>
        Values.Select(v => (v.Value.Text, v.Kind)).ToList();

    /// <summary>The outlet's first non-empty attribution, or null.</summary>
    public string? Attribution => Values.Select(v => v.Value.Attribution).FirstOrDefault(a => !string.IsNullOrWhiteSpace(a));

    /// <summary>The sentence split into plain and highlighted runs.</summary>
    public IReadOnlyList<TextSegment> Segments(Evidence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return SentenceHighlighter.Split(sentence.Sentence, Marks);
    }

    /// <summary>What each outlet that states the fact of a finding says, in the given outlet order.</summary>
    public static IReadOnlyList<OutletStatement> Of(Finding finding, IEnumerable<string> outletOrder)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(outletOrder);
        return outletOrder.Select(id => For(finding, id)).Where(s => s.Values.Count > 0 || s.Sentences.Count > 0).ToList();
    }

    private static OutletStatement For(Finding finding, string outletId)
    {
        var values = finding.Differences
            .SelectMany(d => d.Values.Where(v => v.OutletId == outletId).Select(v => (d.Kind, v)))
            .ToList();
        var marks = values.Select(v => (v.v.Text, v.Kind)).ToList();
        var sentences = finding.Evidence
            .Where(e => e.OutletId == outletId)
            .Select((e, i) => (e, i, n: SentenceHighlighter.CountMarks(e.Sentence, marks)))
            .OrderByDescending(x => x.n)
            .ThenBy(x => x.i)
            .Select(x => x.e)
            .ToList();
        return new OutletStatement(outletId, values, sentences);
    }
}
