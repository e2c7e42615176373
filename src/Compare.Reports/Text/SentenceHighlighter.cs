using Compare.Core.Domain;

namespace Compare.Reports.Text;

/// <summary>Splits a sentence into plain runs and the runs that carry differing values.</summary>
internal static class SentenceHighlighter
{
    /// <summary>
    /// Finds each mark's text in the sentence (exact case first, then ignoring case; the first occurrence that does not
    /// overlap an earlier mark) and returns the sentence as segments. Marks not found are left out.
    /// </summary>
    public static IReadOnlyList<TextSegment> Split(string sentence, IEnumerable<(string Text, DifferenceKind Kind)> marks)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(marks);
        var spans = new List<(int Start, int Length, DifferenceKind Kind)>();
        foreach (var (text, kind) in marks.Where(m => !string.IsNullOrEmpty(m.Text)).OrderByDescending(m => m.Text.Length))
        {
            var start = Find(sentence, text, spans, StringComparison.Ordinal);
            if (start < 0)
            {
                start = Find(sentence, text, spans, StringComparison.OrdinalIgnoreCase);
            }

            if (start >= 0)
            {
                spans.Add((start, text.Length, kind));
            }
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        var segments = new List<TextSegment>();
        var at = 0;
        foreach (var (start, length, kind) in spans)
        {
            if (start > at)
            {
                segments.Add(new TextSegment(sentence[at..start], null));
            }

            segments.Add(new TextSegment(sentence.Substring(start, length), kind));
            at = start + length;
        }

        if (at < sentence.Length || segments.Count == 0)
        {
            segments.Add(new TextSegment(sentence[at..], null));
        }

        return segments;
    }

    /// <summary>How many of the marks occur in the sentence.</summary>
    public static int CountMarks(string sentence, IEnumerable<(string Text, DifferenceKind Kind)> marks) =>
        Split(sentence, marks).Count(s => s.Kind is not null);

    private static int Find(string sentence, string text, List<(int Start, int Length, DifferenceKind Kind)> taken, StringComparison comparison)
    {
        for (var from = 0; from <= sentence.Length - text.Length;)
        {
            var start = sentence.IndexOf(text, from, comparison);
            if (start < 0)
            {
                return -1;
            }

            if (!taken.Any(t => start < t.Start + t.Length && t.Start < start + text.Length))
            {
                return start;
            }

            from = start + 1;
        }

        return -1;
    }
}
