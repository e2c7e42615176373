using Compare.Core.Analysis.Pairs;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Alignment;

/// <summary>
/// Aligns the claims of N outlets into clusters of the same fact:
/// 1. candidates: for each claim, its top-k most similar claims of every other outlet (never all pairs);
/// 2. each candidate judged (P(same fact));
/// 3. per outlet pair, a maximum-weight one-to-one matching (Hungarian) over pairs above the match threshold, or above
///    the lower mutual-best threshold when the two sentences are each other's most similar between the two outlets; two
///    sentences that give rival figures of one kind ("$100 million a year" and "$350 million a year") and are each
///    other's most similar weigh at least <see cref="AlignmentOptions.RivalFigureScore"/> here and in step 4, whatever
///    the judge says, since a conflict of figures is what the judge reads as two facts;
/// 4. matched pairs merged into clusters, strongest first, only when the merged cluster stays consistent (mean
///    P(same fact) over its cross-outlet pairs above the merge threshold, and two sentences of one outlet only as
///    restatements of each other);
/// 5. a further sentence of an outlet joins a cluster when it restates the fact (P(same fact) above the restate threshold);
/// 6. a sentence that states a second fact (a news lead: "X cut its rate to 5%, its first cut since 2020") also joins the
///    cluster of that fact when its outlet is not in it yet and it matches the cluster's sentences well enough (mean
///    P(same fact) above the second-fact threshold); a sentence joins at most one cluster this way;
/// 7. a sentence also joins, on the same terms of outlet, the cluster of a fact whose figure it gives: one of the cluster's
///    sentences gives the same distinctive figure ("won the leadership with 52.6 percent of the votes" and "Stolvik received
///    41,208 votes, or 52.6 percent") and the judge does not rule the pair out (P(same fact) at least the shared-figure
///    threshold); at most one cluster this way too. A figure is distinctive when it is no modifier ("an eight-year levy")
///    and the story gives it no more often than once per outlet ("the 80 mg tablet" of a recall is everywhere). The
///    clusters read here are those of the sentence's embedding candidates and those of any sentence giving the figure,
///    as a long lead is often no candidate of the short sentence that states its figure.
/// The sentences that joined a cluster in steps 6 and 7 are reported with what linked them (<see cref="AlignedGroup"/>).
/// </summary>
internal sealed class ClaimAligner(AlignmentOptions options)
{
    public IReadOnlyList<AlignedGroup> Align(PairScores scores, CancellationToken cancellationToken)
    {
        var claims = scores.Claims;
        var outlets = claims.Select(c => c.OutletId).Distinct(StringComparer.Ordinal).ToList();
        var byOutlet = outlets.ToDictionary(o => o, o => Enumerable.Range(0, claims.Count).Where(i => claims[i].OutletId == o).ToList(), StringComparer.Ordinal);

        var candidates = Candidates(claims, scores.Cosine, options);
        scores.Prefetch(candidates.Order(), cancellationToken);
        var edges = new List<(int I, int J, double W)>();
        for (var x = 0; x < outlets.Count; x++)
        {
            for (var y = x + 1; y < outlets.Count; y++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                edges.AddRange(Match(scores, byOutlet[outlets[x]], byOutlet[outlets[y]], candidates));
            }
        }

        var restatements = candidates
            .Select(p => (p.I, p.J, W: scores.PSame(p.I, p.J)))
            .Where(e => e.W >= options.RestateThreshold && !edges.Any(m => (m.I == e.I && m.J == e.J) || (m.I == e.J && m.J == e.I)))
            .ToList();

        var clusterOf = Enumerable.Range(0, claims.Count).ToArray();
        var members = Enumerable.Range(0, claims.Count).ToDictionary(i => i, i => new List<int> { i });
        foreach (var (i, j, _) in edges.OrderByDescending(e => e.W).Concat(restatements.OrderByDescending(e => e.W)))
        {
            var (ci, cj) = (clusterOf[i], clusterOf[j]);
            if (ci == cj || !Consistent(scores, members[ci], members[cj]))
            {
                continue;
            }

            foreach (var m in members[cj])
            {
                clusterOf[m] = ci;
            }

            members[ci].AddRange(members[cj]);
            members.Remove(cj);
        }

        var groups = members.Values.Select(m => m.Order().ToList()).OrderBy(m => m[0]).ToList();
        var joins = SecondFacts(scores, groups, candidates, cancellationToken);
        return groups.Select((m, g) => new AlignedGroup(
                [.. m.Concat(joins.Where(j => j.Group == g).Select(j => j.Claim)).Order()],
                joins.Where(j => j.Group == g).ToDictionary(j => j.Claim, j => j.Link)))
            .ToList();
    }

    /// <summary>Steps 6 and 7: the clusters sentences join as second facts they state, decided on the first-pass clusters.</summary>
    private List<(int Claim, int Group, SecondFactLink Link)> SecondFacts(
        PairScores scores, List<List<int>> groups, HashSet<(int I, int J)> candidates, CancellationToken cancellationToken)
    {
        var claims = scores.Claims;
        var neighbours = new Dictionary<int, List<int>>();
        foreach (var (i, j) in candidates)
        {
            (neighbours.TryGetValue(i, out var a) ? a : neighbours[i] = []).Add(j);
            (neighbours.TryGetValue(j, out var b) ? b : neighbours[j] = []).Add(i);
        }

        var groupOf = new Dictionary<int, int>();
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var i in groups[g])
            {
                groupOf[i] = g;
            }
        }

        // A cluster sentence i may join as a second fact: another one than its own, with no sentence of its outlet.
        bool Joinable(int i, int g) => g != groupOf[i] && !groups[g].Any(m => claims[m].OutletId == claims[i].OutletId);

        // The clusters each sentence may join as a second fact: of another outlet, and near it. The pairs the decision
        // reads are judged first, on all cores: the pair with each one-sentence cluster, then, for the clusters that pass
        // that check, every pair. Decided on the first-pass clusters, so the order of sentences does not matter and joins
        // do not chain.
        var open = neighbours.Keys.Order()
            .Select(i => (Claim: i, Groups: neighbours[i].Select(j => groupOf[j]).Distinct().Where(g => Joinable(i, g)).ToList()))
            .ToList();
        scores.Prefetch([.. open.SelectMany(o => o.Groups.Where(g => groups[g].Count == 1).Select(g => Pair(o.Claim, groups[g][0])))], cancellationToken);
        var passing = open
            .Select(o => (o.Claim, Groups: o.Groups
                .Where(g => groups[g].Count > 1 || scores.PSame(o.Claim, groups[g][0]) >= options.SecondFactSingleThreshold).ToList()))
            .ToList();
        scores.Prefetch([.. passing.SelectMany(o => o.Groups.SelectMany(g => groups[g].Select(m => Pair(o.Claim, m))))], cancellationToken);

        var joins = new List<(int Claim, int Group, SecondFactLink Link)>();
        var distinctive = QuantityMatch.Distinctive(claims);

        // The clusters of other outlets' sentences that give one of the claim's distinctive figures, whatever their
        // cosine: a lead that packs the figure among other facts is often no candidate of the short sentence stating it.
        IEnumerable<int> FigureGroups(int i, IReadOnlyList<Quantity> figures) => Enumerable.Range(0, claims.Count)
            .Where(m => claims[m].OutletId != claims[i].OutletId && QuantityMatch.Gives(claims[m], figures))
            .Select(m => groupOf[m])
            .Where(g => Joinable(i, g));

        for (var k = 0; k < open.Count; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (i, candidateGroups) = passing[k];
            var best = (Group: -1, P: 0.0);
            foreach (var g in candidateGroups)
            {
                var p = groups[g].Average(m => scores.PSame(i, m));
                if (p >= options.SecondFactThreshold && p > best.P)
                {
                    best = (g, p);
                }
            }

            if (best.Group >= 0)
            {
                joins.Add((i, best.Group, SecondFactLink.Meaning));
            }

            // Step 7, over all the clusters near the sentence and those of the sentences giving its figures; the pairs
            // with the latter that are no candidates are judged here, one by one (a story has few distinctive figures).
            var figures = distinctive[i];
            var byFigure = (Group: -1, P: 0.0);
            foreach (var g in figures.Count > 0 ? open[k].Groups.Concat(FigureGroups(i, figures)).Distinct().Where(g => g != best.Group) : [])
            {
                foreach (var m in groups[g].Where(m => QuantityMatch.Gives(claims[m], figures)))
                {
                    var p = scores.PSame(i, m);
                    if (p >= options.SharedFigureThreshold && p > byFigure.P)
                    {
                        byFigure = (g, p);
                    }
                }
            }

            if (byFigure.Group >= 0)
            {
                joins.Add((i, byFigure.Group, SecondFactLink.Figure));
            }
        }

        return joins;
    }

    private static (int I, int J) Pair(int a, int b) => (Math.Min(a, b), Math.Max(a, b));

    /// <summary>Candidate pairs (i &lt; j): each claim's <c>TopK</c> most similar claims of every other outlet above the minimum cosine.</summary>
    internal static HashSet<(int I, int J)> Candidates(IReadOnlyList<Claim> claims, Func<int, int, float> cosine, AlignmentOptions options)
    {
        var byOutlet = claims.Select((c, i) => (c.OutletId, i)).GroupBy(x => x.OutletId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.i).ToList(), StringComparer.Ordinal);
        var result = new HashSet<(int, int)>();
        for (var i = 0; i < claims.Count; i++)
        {
            foreach (var members in byOutlet.Where(o => o.Key != claims[i].OutletId).Select(o => o.Value))
            {
                foreach (var j in members
                    .Select(j => (j, c: cosine(i, j)))
                    .Where(x => x.c >= options.MinCandidateCosine)
                    .OrderByDescending(x => x.c)
                    .Take(options.TopK)
                    .Select(x => x.j))
                {
                    result.Add((Math.Min(i, j), Math.Max(i, j)));
                }
            }
        }

        return result;
    }

    private List<(int I, int J, double W)> Match(PairScores scores, List<int> rows, List<int> cols, HashSet<(int I, int J)> candidates)
    {
        var weights = new double[rows.Count, cols.Count];
        var any = false;
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < cols.Count; c++)
            {
                var key = (Math.Min(rows[r], cols[c]), Math.Max(rows[r], cols[c]));
                if (!candidates.Contains(key))
                {
                    continue;
                }

                var p = Weight(scores, rows[r], cols[c]);
                if (p >= options.MatchThreshold || (p >= options.MutualBestThreshold && scores.MutualBest(rows[r], cols[c])))
                {
                    weights[r, c] = p;
                    any = true;
                }
            }
        }

        if (!any)
        {
            return [];
        }

        var assignment = Hungarian.MaxWeightAssignment(weights);
        var result = new List<(int, int, double)>();
        for (var r = 0; r < rows.Count; r++)
        {
            if (assignment[r] >= 0)
            {
                result.Add((rows[r], cols[assignment[r]], weights[r, assignment[r]]));
            }
        }

        return result;
    }

    /// <summary>
    /// How strongly claims i and j (of two outlets) belong together for matching and merging: their P(same fact), raised
    /// to the rival-figure score when they give rival figures of one kind, are close enough in meaning and are each
    /// other's most similar sentence between their two articles.
    /// </summary>
    private double Weight(PairScores scores, int i, int j)
    {
        var p = scores.PSame(i, j);
        if (p >= options.RivalFigureScore || scores.Cosine(i, j) < options.RivalFigureMinCosine)
        {
            return p;
        }

        var figures = QuantityMatch.Of(scores.Claims[i].Slots.Quantities, scores.Claims[j].Slots.Quantities);
        return figures.Conflict is not null && !figures.Agreeing && scores.MutualBest(i, j) ? options.RivalFigureScore : p;
    }

    private bool Consistent(PairScores scores, List<int> a, List<int> b)
    {
        var claims = scores.Claims;

        // Two sentences of one outlet restate a fact only if they are close in meaning and agree on every slot:
        // "headline inflation slowed to 3.1%" and "core inflation slowed to 3.8%" are two facts, however alike they
        // read, and an article's many general lines about its topic are not restatements of a fact. Checked first, and
        // the cosine before the judge, so a merge that fails here judges no pair it does not need.
        foreach (var i in a)
        {
            foreach (var j in b.Where(j => claims[i].OutletId == claims[j].OutletId))
            {
                if (scores.Cosine(i, j) < options.RestateMinCosine || scores.PSame(i, j) < options.RestateThreshold
                    || scores.Get(Math.Min(i, j), Math.Max(i, j)).Relation == PairRelation.Conflict)
                {
                    return false;
                }
            }
        }

        var sum = 0.0;
        var n = 0;
        foreach (var i in a)
        {
            foreach (var j in b.Where(j => claims[i].OutletId != claims[j].OutletId))
            {
                sum += Weight(scores, i, j);
                n++;
            }
        }

        return n == 0 || sum / n >= options.MergeThreshold;
    }
}
