using Compare.Core.Analysis.Embeddings;
using Compare.Core.Analysis.Pairs;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Alignment;

/// <summary>The judge's verdicts on pairs of a story's claims, computed once on first use (or taken from the engine's cache).</summary>
internal sealed class PairScores
{
    private readonly IReadOnlyList<float[]> _vectors;
    private readonly PairJudge _judge;
    private readonly JudgementCache? _cache;
    private readonly string?[] _keys;
    private readonly Dictionary<(int, int), PairJudgement> _judged = [];
    private readonly StoryContext _context;

    public PairScores(IReadOnlyList<Claim> claims, IReadOnlyList<float[]> vectors, PairJudge judge, JudgementCache? cache = null)
    {
        Claims = claims;
        _vectors = vectors;
        _judge = judge;
        _cache = cache;
        _keys = new string?[claims.Count];
        _context = new StoryContext(claims, vectors);
    }

    public IReadOnlyList<Claim> Claims { get; }

    public int Judged => _judged.Count;

    public float Cosine(int i, int j) => VectorMath.Cosine(_vectors[i], _vectors[j]);

    /// <summary>Whether claims i and j are each other's most similar claim (by embedding) between their two outlets; a tie counts against.</summary>
    public bool MutualBest(int i, int j)
    {
        var cosine = Cosine(i, j);
        for (var k = 0; k < Claims.Count; k++)
        {
            if ((k != j && Claims[k].OutletId == Claims[j].OutletId && Cosine(i, k) >= cosine)
                || (k != i && Claims[k].OutletId == Claims[i].OutletId && Cosine(k, j) >= cosine))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The verdict on claims i and j, from i's side (A = claim i).</summary>
    public PairJudgement Get(int i, int j)
    {
        if (_judged.TryGetValue((i, j), out var known))
        {
            return known;
        }

        // The verdict depends on the story around the pair too, so the cache keys it by the context features as well.
        var context = _context.Of(i, j);
        var verdict = _cache is null ? Judge(i, j, context) : _cache.GetOrAdd(Key(i), Key(j), context, () => Judge(i, j, context));
        _judged[(i, j)] = verdict;
        return verdict;
    }

    /// <summary>
    /// Judges <paramref name="pairs"/> (each from its first claim's side) ahead of their use, on all cores, so the
    /// aligner's many look-ups find them judged. The verdicts are the ones <see cref="Get"/> would give one by one: what
    /// the story context reads is made first on this thread (<see cref="StoryContext.Prepare"/>), and the cache is read and
    /// written on this thread; the pairs' contexts, features and the model's verdicts, which then only read, run in parallel.
    /// </summary>
    public void Prefetch(IEnumerable<(int I, int J)> pairs, CancellationToken cancellationToken)
    {
        var fresh = pairs.Distinct().Where(p => !_judged.ContainsKey(p)).ToList();
        _context.Prepare(fresh);
        var contexts = new float[fresh.Count][];
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, fresh.Count, options, k => contexts[k] = _context.Of(fresh[k].I, fresh[k].J));

        var todo = new List<(int I, int J, float[] Context)>();
        for (var k = 0; k < fresh.Count; k++)
        {
            var (i, j) = fresh[k];
            if (_cache is not null && _cache.TryGet(Key(i), Key(j), contexts[k], out var known))
            {
                _judged[(i, j)] = known;
                continue;
            }

            todo.Add((i, j, contexts[k]));
        }

        var verdicts = new PairJudgement[todo.Count];
        Parallel.For(0, todo.Count, options, k => verdicts[k] = Judge(todo[k].I, todo[k].J, todo[k].Context));
        for (var k = 0; k < todo.Count; k++)
        {
            var (i, j, context) = todo[k];
            _judged[(i, j)] = verdicts[k];
            _cache?.Add(Key(i), Key(j), context, verdicts[k]);
        }
    }

    public double PSame(int i, int j) => Get(Math.Min(i, j), Math.Max(i, j)).PSameFact;

    private PairJudgement Judge(int i, int j, float[] context) => _judge.Judge(Profile(i), Profile(j), Cosine(i, j), context);

    private ClaimProfile Profile(int i) => _context.Profile(i);

    private string Key(int i) => _keys[i] ??= JudgementCache.KeyOf(Claims[i]);
}
