using Compare.Core.Analysis.Text;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Slots.Cues;

/// <summary>
/// Credits every sentence of a quotation to its speaker. A quotation of several sentences is split into several
/// sentences, and only one of them names the speaker: "The whole building shook. | I thought a tanker had gone up,"
/// Anand said. Each sentence of the quotation that credits no one is credited to the one speaker another sentence of
/// the same quotation names outside the quotation marks. A quotation that opens a sentence right after a quotation
/// credited in the same paragraph, and is quotation to its end and names no one itself, goes on quoting that speaker
/// ("Every little bit helps," Morrow said. "Our payment went up 400 crowns."). A quotation that runs over several
/// paragraphs, as news writing marks it (no closing mark at the end of a paragraph, an opening mark at the start of the
/// next), is one quotation. A source named inside the quotation marks ("The police told us nothing.") is not the speaker.
/// Hand-written: it reads the article's own quotation marks.
/// </summary>
internal static class QuotedSpeech
{
    /// <summary>
    /// The attribution each sentence takes from its quotation's speaker, or null where it keeps its own
    /// (<paramref name="attributions"/>, one per sentence of <paramref name="text"/>).
    /// </summary>
    public static Attribution?[] Inherited(string text, IReadOnlyList<SentenceText> sentences, IReadOnlyList<Attribution?> attributions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(attributions);
        var inherited = new Attribution?[sentences.Count];
        var openAtStart = new bool[sentences.Count];
        var openAtEnd = new bool[sentences.Count];
        var newParagraph = new bool[sentences.Count];
        var outside = new bool[sentences.Count];
        for (var k = 0; k < sentences.Count; k++)
        {
            var s = sentences[k];
            newParagraph[k] = k == 0 || text.AsSpan(sentences[k - 1].Offset + sentences[k - 1].Text.Length,
                Math.Max(0, s.Offset - sentences[k - 1].Offset - sentences[k - 1].Text.Length)).Contains('\n');
            // A quotation that runs on into the next paragraph leaves the paragraph open and opens the next one with a
            // mark of its own: that mark goes on with the quotation rather than opening another.
            openAtStart[k] = k > 0 && openAtEnd[k - 1] && (!newParagraph[k] || QuoteOpens(s.Text));
            var runsOn = openAtStart[k] && newParagraph[k];
            var at = attributions[k] is { } a ? s.Text.IndexOf(a.Text, StringComparison.Ordinal) : -1;
            var open = openAtStart[k];
            for (var i = runsOn ? 1 : 0; i < s.Text.Length; i++)
            {
                if (i == at)
                {
                    outside[k] = !open;
                }

                open = s.Text[i] switch
                {
                    '“' => true,
                    '”' => false,
                    '"' => !open,
                    _ => open,
                };
            }

            openAtEnd[k] = open;
        }

        var start = 0;
        while (start < sentences.Count)
        {
            var end = start;
            while (end + 1 < sentences.Count && openAtEnd[end] && openAtStart[end + 1])
            {
                end++;
            }

            Credit(start, end);
            start = end + 1;
        }

        return inherited;

        void Credit(int first, int last)
        {
            var speakers = Enumerable.Range(first, last - first + 1).Where(k => outside[k]).Select(k => attributions[k]!)
                .DistinctBy(a => a.Source, StringComparer.Ordinal).ToList();
            if (speakers.Count == 0 && QuoteOpens(sentences[first].Text) && QuoteCloses(sentences[last].Text) && !newParagraph[first]
                && first > 0 && outside[first - 1]
                && IsQuotation(sentences[first - 1].Text) && Enumerable.Range(first, last - first + 1).All(k => attributions[k] is null))
            {
                speakers.Add(attributions[first - 1]!);
            }

            if (speakers.Count != 1)
            {
                return;
            }

            for (var k = first; k <= last; k++)
            {
                if (attributions[k] is null)
                {
                    inherited[k] = speakers[0];
                }
            }
        }
    }

    private static bool QuoteOpens(string sentence) => sentence.Length > 0 && sentence[0] is '“' or '"';

    private static bool QuoteCloses(string sentence) => sentence.TrimEnd() is { Length: > 1 } t && t[^1] is '”' or '"';

    private static bool IsQuotation(string sentence) => sentence.AsSpan().IndexOfAny('“', '"') >= 0;
}
