using Compare.Core.Analysis.Embeddings;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Pairs;

/// <summary>
/// What the pair judge can know of a pair from the rest of its story, beyond the two sentences: whether each sentence is
/// the other's most similar sentence in the other's article (rank and margin over the runner-up), how alike the two
/// sentences' surroundings are (each sentence's vector blended with its neighbours'), and how much of what they share
/// is rare in the story (words weighted by inverse story frequency, so "the strike" in a strike story weighs little and
/// "14 kilometres" much), and where each sentence stands in its article (how far apart their relative positions are,
/// and whether both open their articles). Two statements judged alone (<c>compare pairs</c>, hand-written training
/// pairs) have no context: <see cref="None"/>. Written for Compare: no library computes these. One per comparison,
/// used from one thread, or from several for pairs made ready by <see cref="Prepare"/>; it also keeps each claim's
/// <see cref="ClaimProfile"/>, which the judge reads too. The claims
/// come in article order, each article's together.
/// </summary>
internal sealed class StoryContext
{
    /// <summary>Names of the context features, in vector order (after the pair features).</summary>
    public static readonly IReadOnlyList<string> Names =
        ["has_context", "rank_a", "rank_b", "margin_a", "margin_b", "context_cosine", "story_idf_overlap", "position_gap", "leads"];

    /// <summary>Claims at the head of an article that count as its lead.</summary>
    private const int LeadClaims = 2;

    /// <summary>Weight of each adjacent sentence in a sentence's context vector.</summary>
    private const float NeighbourWeight = 0.5f;

    private readonly IReadOnlyList<Claim> _claims;
    private readonly IReadOnlyList<float[]> _vectors;
    private readonly Dictionary<string, int[]> _byOutlet;
    private readonly float[]?[] _context;
    private readonly ClaimProfile?[] _profiles;
    private readonly HashSet<string>?[] _words;
    private readonly float[] _position;
    private readonly int[] _ordinal;
    private readonly Dictionary<(int, string), float[]> _ranked = [];
    private Dictionary<string, float>? _idf;

    public StoryContext(IReadOnlyList<Claim> claims, IReadOnlyList<float[]> vectors)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(vectors);
        if (claims.Count != vectors.Count)
        {
            throw new ArgumentException($"{claims.Count} claims but {vectors.Count} vectors", nameof(vectors));
        }

        _claims = claims;
        _vectors = vectors;
        _byOutlet = Enumerable.Range(0, claims.Count)
            .GroupBy(i => claims[i].OutletId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _context = new float[claims.Count][];
        _profiles = new ClaimProfile?[claims.Count];
        _words = new HashSet<string>[claims.Count];
        (_ordinal, _position) = Positions(claims);
    }

    /// <summary>The context features of a pair judged alone: all zero, <c>has_context</c> 0.</summary>
    public static float[] None => new float[Names.Count];

    /// <summary>
    /// Makes now, on this thread, everything <see cref="Of"/> and <see cref="Profile"/> read for <paramref name="pairs"/>,
    /// so that afterwards they may be asked for those pairs from several threads at once: they then only read.
    /// </summary>
    public void Prepare(IEnumerable<(int I, int J)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        _ = Idf();
        foreach (var (i, j) in pairs)
        {
            _ = Ranked(i, _claims[j].OutletId);
            _ = Ranked(j, _claims[i].OutletId);
            _ = ContextVector(i);
            _ = ContextVector(j);
            _ = Words(i);
            _ = Words(j);
            _ = Profile(i);
            _ = Profile(j);
        }
    }

    /// <summary>What the pair features read of claim <paramref name="i"/>, made once.</summary>
    public ClaimProfile Profile(int i) => _profiles[i] ??= new ClaimProfile(_claims[i]);

    /// <summary>Context features of claims <paramref name="i"/> and <paramref name="j"/> (of two outlets).</summary>
    public float[] Of(int i, int j)
    {
        var cosine = VectorMath.Cosine(_vectors[i], _vectors[j]);
        var (rankA, marginA) = Standing(i, j, cosine);
        var (rankB, marginB) = Standing(j, i, cosine);
        return
        [
            1f,
            1f / (1 + rankA),
            1f / (1 + rankB),
            marginA,
            marginB,
            VectorMath.Cosine(ContextVector(i), ContextVector(j)),
            IdfOverlap(i, j),
            Math.Abs(_position[i] - _position[j]),
            _ordinal[i] < LeadClaims && _ordinal[j] < LeadClaims ? 1f : 0f,
        ];
    }

    /// <summary>
    /// Each claim's ordinal among its article's claims and its relative position there (0 the first, 1 the last): a
    /// news article puts its main facts first, so two outlets' leads often state the same fact.
    /// </summary>
    private static (int[] Ordinal, float[] Position) Positions(IReadOnlyList<Claim> claims)
    {
        var ordinal = new int[claims.Count];
        var position = new float[claims.Count];
        var count = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < claims.Count; i++)
        {
            ordinal[i] = count.GetValueOrDefault(claims[i].ArticleId);
            count[claims[i].ArticleId] = ordinal[i] + 1;
        }

        for (var i = 0; i < claims.Count; i++)
        {
            var n = count[claims[i].ArticleId];
            position[i] = n > 1 ? ordinal[i] / (float)(n - 1) : 0f;
        }

        return (ordinal, position);
    }

    /// <summary>
    /// Where <paramref name="j"/> stands among the claims of its outlet as seen from <paramref name="i"/>: how many are
    /// more similar to i, and the cosine margin over the best other one (negative when another is more similar).
    /// </summary>
    private (int Rank, float Margin) Standing(int i, int j, float cosine)
    {
        var sorted = Ranked(i, _claims[j].OutletId);
        var rank = 0;
        while (rank < sorted.Length && sorted[rank] > cosine)
        {
            rank++;
        }

        // The best cosine of another claim: the first one when j is not first, else the second.
        var bestOther = rank == 0 ? (sorted.Length > 1 ? sorted[1] : 0f) : sorted[0];
        return (rank, Math.Clamp(cosine - bestOther, -1f, 1f));
    }

    /// <summary>Cosines of claim i with every claim of <paramref name="outlet"/>, highest first (computed once).</summary>
    private float[] Ranked(int i, string outlet)
    {
        if (!_ranked.TryGetValue((i, outlet), out var sorted))
        {
            var members = _byOutlet[outlet];
            sorted = new float[members.Length];
            for (var k = 0; k < members.Length; k++)
            {
                sorted[k] = VectorMath.Cosine(_vectors[i], _vectors[members[k]]);
            }

            Array.Sort(sorted, (x, y) => y.CompareTo(x));
            _ranked[(i, outlet)] = sorted;
        }

        return sorted;
    }

    /// <summary>The claim's vector blended with the claims before and after it in its article, as a unit vector.</summary>
    private float[] ContextVector(int i)
    {
        if (_context[i] is { } known)
        {
            return known;
        }

        var v = (float[])_vectors[i].Clone();
        foreach (var n in new[] { i - 1, i + 1 })
        {
            if (n >= 0 && n < _claims.Count && _claims[n].ArticleId == _claims[i].ArticleId)
            {
                System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(_vectors[n], NeighbourWeight, v, v);
            }
        }

        var norm = System.Numerics.Tensors.TensorPrimitives.Norm(v);
        if (norm > 0)
        {
            System.Numerics.Tensors.TensorPrimitives.Divide(v, norm, v);
        }

        return _context[i] = v;
    }

    /// <summary>Shared content words weighted by log inverse story frequency, over the weight of all their content words.</summary>
    private float IdfOverlap(int i, int j)
    {
        var idf = Idf();
        var (a, b) = (Words(i), Words(j));
        float shared = 0, all = 0;
        foreach (var w in a)
        {
            var weight = idf[w];
            all += weight;
            shared += b.Contains(w) ? weight : 0;
        }

        foreach (var w in b.Where(w => !a.Contains(w)))
        {
            all += idf[w];
        }

        return all > 0 ? shared / all : 0f;
    }

    private Dictionary<string, float> Idf()
    {
        if (_idf is null)
        {
            var df = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var k = 0; k < _claims.Count; k++)
            {
                foreach (var w in Words(k))
                {
                    df[w] = df.GetValueOrDefault(w) + 1;
                }
            }

            _idf = df.ToDictionary(p => p.Key, p => MathF.Log((1f + _claims.Count) / p.Value), StringComparer.Ordinal);
        }

        return _idf;
    }

    /// <summary>Content words and numbers of a claim.</summary>
    private HashSet<string> Words(int i)
    {
        if (_words[i] is { } known)
        {
            return known;
        }

        var profile = Profile(i);
        return _words[i] = [.. profile.ContentWords, .. profile.Numbers];
    }
}
