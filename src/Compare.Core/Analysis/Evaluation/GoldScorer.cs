using Compare.Core.Analysis.Findings;
using Compare.Core.Corpus;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Evaluation;

/// <summary>
/// Scores a comparison against a topic's gold: alignment over unordered cross-outlet pairs of sentences (gold: two
/// outlets' sentences of one fact; predicted: two claims in one cluster, standing for the gold pairs of the facts they
/// share), differences over (fact, outlet pair) with the kinds compared exactly (<see cref="ScoredDifferences"/>), omissions
/// over (fact, outlet). The gold labels the facts its authors chose, not every sentence: what the engine says only about
/// sentences in no gold fact has no label, is not scored and is counted apart (<see cref="Score.Unlabeled"/>); anything
/// that touches a gold sentence is scored.
/// </summary>
public static class GoldScorer
{
    public static TopicScore Score(CorpusTopic topic, Comparison comparison)
    {
        var gold = topic.Gold;
        var map = new GoldSentenceMap(gold);
        var mapped = comparison.Clusters.SelectMany(c => c.Claims).DistinctBy(c => c.Id).ToDictionary(c => c.Id, map.Of, StringComparer.Ordinal);
        return new TopicScore(topic.Id, topic.HeldOut, Alignment(gold, comparison, mapped), Differences(gold, comparison, mapped, out var kindsRight),
            kindsRight, Omissions(gold, comparison, mapped));
    }

    private static Score Alignment(GoldTopic gold, Comparison comparison, Dictionary<string, IReadOnlyList<(string Fact, string Unit)>> mapped)
    {
        var goldPairs = new HashSet<(string, string)>();
        foreach (var fact in gold.Facts)
        {
            var units = fact.Mentions.Where(m => m.Value is not null)
                .SelectMany(m => m.Value!.Sentences.Select((_, i) => (Outlet: m.Key, Unit: $"{m.Key}|{fact.Id}|{i}")))
                .ToList();
            foreach (var a in units)
            {
                foreach (var b in units.Where(b => b.Outlet != a.Outlet))
                {
                    goldPairs.Add(Key(a.Unit, b.Unit));
                }
            }
        }

        // A predicted pair is two claims of different outlets in one cluster. When they are sentences of a common gold
        // fact, it stands for the gold pairs of that fact (or facts) between them; otherwise it is one false pair. A
        // sentence the gold lists under two facts is thus not also paired across the facts: a comparison equal to the
        // gold, with that sentence in the cluster of each fact, scores precision 1.
        var predicted = new HashSet<(string, string)>();
        var unlabeled = new HashSet<(string, string)>();
        foreach (var cluster in comparison.Clusters)
        {
            var claims = cluster.Claims.DistinctBy(c => c.Id).ToList();
            for (var x = 0; x < claims.Count; x++)
            {
                for (var y = x + 1; y < claims.Count; y++)
                {
                    var (a, b) = (claims[x], claims[y]);
                    if (a.OutletId == b.OutletId)
                    {
                        continue;
                    }

                    var (ua, ub) = (mapped[a.Id], mapped[b.Id]);
                    if (ua.Count == 0 && ub.Count == 0)
                    {
                        unlabeled.Add(Key(a.Id, b.Id));
                        continue;
                    }

                    var shared = ua.SelectMany(m => ub.Where(n => n.Fact == m.Fact).Select(n => Key(m.Unit, n.Unit))).ToList();
                    if (shared.Count == 0)
                    {
                        predicted.Add(Key("claim|" + a.Id, "claim|" + b.Id));
                    }

                    predicted.UnionWith(shared);
                }
            }
        }

        var tp = predicted.Count(goldPairs.Contains);
        return new Score(tp, predicted.Count - tp, goldPairs.Count - tp, unlabeled.Count);
    }

    private static Score Differences(GoldTopic gold, Comparison comparison, Dictionary<string, IReadOnlyList<(string Fact, string Unit)>> mapped, out int kindsRight)
    {
        var stated = comparison.Findings.Where(f => f.Kind is FindingKind.Agree or FindingKind.Differ).ToList();
        var clusters = comparison.Clusters.ToDictionary(c => c.Id, StringComparer.Ordinal);
        HashSet<string> FactsOf(ClaimCluster c, string outlet) =>
            c.Claims.Where(x => x.OutletId == outlet).SelectMany(x => mapped[x.Id].Select(m => m.Fact)).ToHashSet(StringComparer.Ordinal);

        var (tp, fp, fn, unlabeled) = (0, 0, 0, 0);
        kindsRight = 0;
        var judged = new HashSet<(string, string, string)>();
        foreach (var fact in gold.Facts)
        {
            var outlets = fact.MentionedBy;
            for (var x = 0; x < outlets.Count; x++)
            {
                for (var y = x + 1; y < outlets.Count; y++)
                {
                    var (a, b) = (outlets[x], outlets[y]);
                    var goldKinds = fact.KindsBetween(a, b).ToHashSet();
                    var finding = stated.FirstOrDefault(f => FactsOf(clusters[f.ClusterId], a).Contains(fact.Id) && FactsOf(clusters[f.ClusterId], b).Contains(fact.Id));
                    var predKinds = finding is null
                        ? []
                        : ScoredDifferences(gold, fact, finding, a, b, g => FactsOf(clusters[finding.ClusterId], a).Contains(g) && FactsOf(clusters[finding.ClusterId], b).Contains(g))
                            .Select(d => d.Kind).ToHashSet();
                    if (finding is not null)
                    {
                        judged.Add((finding.ClusterId, a, b));
                        judged.Add((finding.ClusterId, b, a));
                    }

                    if (goldKinds.Count > 0 && predKinds.Count > 0)
                    {
                        tp++;
                        kindsRight += goldKinds.SetEquals(predKinds) ? 1 : 0;
                    }
                    else if (goldKinds.Count > 0)
                    {
                        fn++;
                    }
                    else if (predKinds.Count > 0)
                    {
                        fp++;
                    }
                }
            }
        }

        // A difference reported between two outlets' claims that are not sentences of one gold fact is false when at
        // least one of them is in a gold fact (a misalignment); between two claims the gold does not cover, it has no label.
        foreach (var f in stated.Where(f => f.Kind == FindingKind.Differ))
        {
            var cluster = clusters[f.ClusterId];
            for (var x = 0; x < f.Outlets.Count; x++)
            {
                for (var y = x + 1; y < f.Outlets.Count; y++)
                {
                    var (a, b) = (f.Outlets[x], f.Outlets[y]);
                    var labelled = FactsOf(cluster, a).Count > 0 || FactsOf(cluster, b).Count > 0;
                    if (judged.Contains((f.ClusterId, a, b)) || !f.Differences.Any(d => ClusterDifferences.Separates(d, a, b)))
                    {
                        continue;
                    }

                    if (labelled)
                    {
                        fp++;
                    }
                    else
                    {
                        unlabeled++;
                    }
                }
            }
        }

        return new Score(tp, fp, fn, unlabeled);
    }

    /// <summary>
    /// The differences a finding reports between outlets <paramref name="a"/> and <paramref name="b"/>, as scored for
    /// <paramref name="fact"/>. Two sentences may both state two gold facts ("Thieves escaped with seven paintings" and
    /// "Nine paintings were taken" state the theft and the count), and the gold lists a difference under the fact it is
    /// about (the count), not under every fact the sentences state. So a kind that another fact both sentences state
    /// lists between the two outlets, and this fact does not, is that fact's difference and is left out here; it is
    /// scored where the gold lists it. <paramref name="states"/> tells whether the finding's sentences of both outlets
    /// state a gold fact.
    /// </summary>
    internal static IReadOnlyList<ValueDifference> ScoredDifferences(GoldTopic gold, GoldFact fact, Finding finding, string a, string b,
        Func<string, bool> states)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(states);
        var own = fact.KindsBetween(a, b).ToHashSet();
        var elsewhere = gold.Facts.Where(g => g.Id != fact.Id && states(g.Id)).SelectMany(g => g.KindsBetween(a, b)).ToHashSet();
        return finding.Differences.Where(d => ClusterDifferences.Separates(d, a, b) && (own.Contains(d.Kind) || !elsewhere.Contains(d.Kind)))
            .ToList();
    }

    private static Score Omissions(GoldTopic gold, Comparison comparison, Dictionary<string, IReadOnlyList<(string Fact, string Unit)>> mapped)
    {
        var goldSet = gold.Facts.Where(f => f.MentionedBy.Count > 0)
            .SelectMany(f => f.OmittedBy.Select(o => (f.Id, o)))
            .ToHashSet();
        var clusters = comparison.Clusters.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var predicted = new HashSet<(string, string)>();
        var unmatched = 0;
        foreach (var finding in comparison.Findings.Where(f => f.Kind == FindingKind.Omitted))
        {
            var fact = clusters[finding.ClusterId].Claims
                .SelectMany(c => mapped[c.Id].Select(m => m.Fact).Distinct())
                .GroupBy(x => x, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count())
                .Select(g => g.Key)
                .FirstOrDefault();
            foreach (var outlet in finding.Outlets)
            {
                if (fact is null)
                {
                    unmatched++;
                }
                else
                {
                    predicted.Add((fact, outlet));
                }
            }
        }

        var tp = predicted.Count(goldSet.Contains);
        return new Score(tp, predicted.Count - tp, goldSet.Count - tp, unmatched);
    }

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
