using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Compare.Core.Analysis.Embeddings;
using Compare.Core.Analysis.Pairs;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Alignment;

/// <summary>
/// Verdicts on pairs of claims already judged by this engine, keyed by both claims' text and slots and by the pair's
/// story context features (a verdict depends on the sentences around the pair too), so comparing the same articles
/// again (a refreshed story, a re-run) judges no pair twice. Holds at most <c>capacity</c> verdicts (about
/// 500 bytes each) and starts over when full.
/// </summary>
internal sealed class JudgementCache(int capacity)
{
    private readonly ConcurrentDictionary<(string A, string B, string Context), PairJudgement> _verdicts = new();

    /// <summary>
    /// The verdict on the claims whose <see cref="KeyOf"/> are <paramref name="a"/> and <paramref name="b"/>, in a story
    /// that gives them the context features <paramref name="context"/>.
    /// </summary>
    public PairJudgement GetOrAdd(string a, string b, float[] context, Func<PairJudgement> judge)
    {
        if (TryGet(a, b, context, out var known))
        {
            return known;
        }

        var verdict = judge();
        Add(a, b, context, verdict);
        return verdict;
    }

    /// <summary>The verdict already judged for these claims in this context, if any.</summary>
    public bool TryGet(string a, string b, float[] context, out PairJudgement verdict) =>
        _verdicts.TryGetValue((a, b, ContextKey(context)), out verdict!);

    /// <summary>Keeps a verdict; starts over when the cache is full.</summary>
    public void Add(string a, string b, float[] context, PairJudgement verdict)
    {
        if (_verdicts.Count >= capacity)
        {
            _verdicts.Clear();
        }

        _verdicts[(a, b, ContextKey(context))] = verdict;
    }

    /// <summary>A hash of the claim's text and of every slot the judge reads, offsets relative to the sentence.</summary>
    public static string KeyOf(Claim c) => EmbeddingKey.Of(Describe(c));

    private static string ContextKey(float[] context) =>
        string.Join(',', context.Select(x => BitConverter.SingleToInt32Bits(x).ToString("x", CultureInfo.InvariantCulture)));

    private static string Describe(Claim c)
    {
        var s = c.Slots;
        var sb = new StringBuilder(c.Text.Length + 64).Append(c.Text).Append('\u0001');
        foreach (var q in s.Quantities)
        {
            sb.Append(CultureInfo.InvariantCulture, $"q{q.Value:R}|{q.Unit}|{q.Per}|{q.Qualifier}|{q.Text}|{q.Start - c.Start};");
        }

        foreach (var d in s.Dates)
        {
            sb.Append(CultureInfo.InvariantCulture, $"d{d.From:O}|{d.To:O}|{d.Granularity}|{d.Text}|{d.Start - c.Start}|{d.Length};");
        }

        foreach (var e in s.Entities)
        {
            sb.Append(CultureInfo.InvariantCulture, $"e{e.Canonical}|{e.Kind}|{e.Text}|{e.Start - c.Start};");
        }

        sb.Append(CultureInfo.InvariantCulture, $"p{s.Polarity}|c{s.Certainty}|a{s.Attribution?.Source}|{s.Attribution?.Cue}|{s.Attribution?.Text}|");
        return sb.AppendJoin('|', s.Cues).ToString();
    }
}
