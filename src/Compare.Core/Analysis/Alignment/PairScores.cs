using Compare.Core.Analysis.Embeddings;
using Compare.Core.Analysis.Pairs;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Alignment;

/// <summary>The judge's verdicts on pairs of a story's claims, computed once on first use.</summary>
internal sealed class PairScores(IReadOnlyList<Claim> claims, IReadOnlyList<float[]> vectors, PairJudge judge)
{
    private readonly Dictionary<(int, int), PairJudgement> _judged = [];

    public IReadOnlyList<Claim> Claims => claims;

    public int Judged => _judged.Count;

    public float Cosine(int i, int j) => VectorMath.Cosine(vectors[i], vectors[j]);

    /// <summary>The verdict on claims i and j, from i's side (A = claim i).</summary>
    public PairJudgement Get(int i, int j)
    {
        if (_judged.TryGetValue((i, j), out var known))
        {
            return known;
        }

        var verdict = judge.Judge(claims[i], claims[j], Cosine(i, j));
        _judged[(i, j)] = verdict;
        return verdict;
    }

    public double PSame(int i, int j) => Get(Math.Min(i, j), Math.Max(i, j)).PSameFact;
}
