using System.Text.RegularExpressions;
using Compare.Core.Corpus;
using Compare.Core.Domain;
using FuzzySharp;

namespace Compare.Core.Analysis.Evaluation;

/// <summary>
/// Which gold sentence(s) a claim is: the same text after normalising space and quotes, one containing the other (the
/// segmenter may split or join differently), or a near-identical partial match.
/// </summary>
internal sealed partial class GoldSentenceMap
{
    private readonly Dictionary<string, List<(string Fact, string Unit, string Text)>> _byOutlet = new(StringComparer.Ordinal);

    public GoldSentenceMap(GoldTopic gold)
    {
        foreach (var fact in gold.Facts)
        {
            foreach (var (outlet, mention) in fact.Mentions)
            {
                if (mention is null)
                {
                    continue;
                }

                for (var i = 0; i < mention.Sentences.Count; i++)
                {
                    if (!_byOutlet.TryGetValue(outlet, out var list))
                    {
                        _byOutlet[outlet] = list = [];
                    }

                    list.Add((fact.Id, $"{outlet}|{fact.Id}|{i}", Norm(mention.Sentences[i])));
                }
            }
        }
    }

    /// <summary>The gold units (outlet|fact|sentence) the claim is, with their fact ids; empty when it is none.</summary>
    public IReadOnlyList<(string Fact, string Unit)> Of(Claim claim)
    {
        if (!_byOutlet.TryGetValue(claim.OutletId, out var list))
        {
            return [];
        }

        var text = Norm(claim.Text);
        if (text.Length < 8)
        {
            return [];
        }

        var exact = list.Where(g => g.Text.Contains(text, StringComparison.Ordinal) || text.Contains(g.Text, StringComparison.Ordinal)).ToList();
        if (exact.Count > 0)
        {
            return exact.Select(g => (g.Fact, g.Unit)).ToList();
        }

        return list
            .Where(g => Math.Min(g.Text.Length, text.Length) > 0.5 * Math.Max(g.Text.Length, text.Length) && Fuzz.PartialRatio(g.Text, text) >= 92)
            .Select(g => (g.Fact, g.Unit))
            .ToList();
    }

    private static string Norm(string s) =>
        Spaces().Replace(s.Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"').Replace('—', '-').Replace('–', '-'), " ")
            .Trim().ToLowerInvariant();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
