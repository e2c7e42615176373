using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Compare.Core.Stories;

/// <summary>
/// Turns text into <see cref="ArticleTerm"/>s with Lucene's English analyzer (stop words, possessives, Porter stems), plus
/// the runs of adjacent capitalised words as pairs (and triples) ("Kestrel Bay"; "National Bank of Valdoria" gives "National Bank"),
/// which name the people, places and organisations a story is about. Thread-safe: Lucene analyzers reuse a token stream
/// per thread.
/// </summary>
public sealed class TermAnalyzer : IDisposable
{
    /// <summary>The Lucene version whose analysis rules are used.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly Analyzer _analyzer = new EnglishAnalyzer(Version);

    /// <summary>The terms of <paramref name="text"/>, most frequent first (ties in order of first occurrence).</summary>
    public IReadOnlyList<ArticleTerm> Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new Dictionary<string, (string Surface, int Count, bool IsName, int First)>(StringComparer.Ordinal);
        var run = new List<(string Stem, string Surface)>();
        var order = 0;
        using (var stream = _analyzer.GetTokenStream("text", text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            var position = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            var lastEnd = -1;
            while (stream.IncrementToken())
            {
                var surface = text[offset.StartOffset..offset.EndOffset];
                Add(terms, term.ToString(), Surface(surface), isName: false, ref order);
                // A name run continues only over adjacent capitalised words: no removed stop word, no punctuation between.
                var adjacent = position.PositionIncrement == 1 && lastEnd >= 0 && IsSpace(text, lastEnd, offset.StartOffset);
                if (!adjacent)
                {
                    FlushRun(terms, run, ref order);
                }

                if (char.IsUpper(surface[0]))
                {
                    run.Add((term.ToString(), Surface(surface)));
                }
                else
                {
                    FlushRun(terms, run, ref order);
                }

                lastEnd = offset.EndOffset;
            }

            FlushRun(terms, run, ref order);
            stream.End();
        }

        return terms
            .OrderByDescending(t => t.Value.Count)
            .ThenBy(t => t.Value.First)
            .Select(t => new ArticleTerm(t.Key, t.Value.Surface, t.Value.Count, t.Value.IsName))
            .ToList();
    }

    public void Dispose() => _analyzer.Dispose();

    private static void FlushRun(Dictionary<string, (string, int, bool, int)> terms, List<(string Stem, string Surface)> run, ref int order)
    {
        // Every pair of adjacent words of the run, and the run itself when it has three: "Port Alder City Council" gives
        // "Port Alder", so it meets the "Port Alder" of another outlet.
        for (var i = 0; i + 1 < run.Count; i++)
        {
            Add(terms, run[i].Stem + " " + run[i + 1].Stem, run[i].Surface + " " + run[i + 1].Surface, isName: true, ref order);
        }

        if (run.Count == 3)
        {
            Add(terms, string.Join(' ', run.Select(r => r.Stem)), string.Join(' ', run.Select(r => r.Surface)), isName: true, ref order);
        }

        run.Clear();
    }

    private static void Add(Dictionary<string, (string Surface, int Count, bool IsName, int First)> terms, string key, string surface, bool isName, ref int order)
    {
        terms[key] = terms.TryGetValue(key, out var t) ? t with { Count = t.Count + 1 } : (surface, 1, isName, order++);
    }

    private static bool IsSpace(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    // Possessives are cut from the surface as the analyzer cuts them from the stem ("Valdoria's" → "Valdoria").
    private static string Surface(string word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase) ? word[..^2] : word;
}
