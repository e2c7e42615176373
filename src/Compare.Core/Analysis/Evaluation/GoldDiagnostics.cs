using Compare.Core.Corpus;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Evaluation;

/// <summary>
/// The engine's errors on one topic, in words, for tuning the engine: gold pairs of sentences it failed to align, pairs
/// it aligned that the gold does not, differences it missed, invented or gave the wrong kind, omissions it missed or
/// invented. Refuses held-out topics: their errors must not steer the engine.
/// </summary>
public static class GoldDiagnostics
{
    /// <param name="topic">A non-held-out topic.</param>
    /// <param name="comparison">The engine's comparison of the topic.</param>
    /// <param name="judge">When given, the pair verdict (P(same fact), cosine) shown next to each alignment error.</param>
    public static IReadOnlyList<string> Explain(CorpusTopic topic, Comparison comparison, Func<Claim, Claim, (double P, float Cosine)>? judge = null)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(comparison);
        if (topic.HeldOut)
        {
            throw new ArgumentException($"topic {topic.Id} is held out: its errors are not shown", nameof(topic));
        }

        var gold = topic.Gold;
        var map = new GoldSentenceMap(gold);
        var claims = comparison.Clusters.SelectMany(c => c.Claims).DistinctBy(c => c.Id).ToList();
        var mapped = claims.ToDictionary(c => c.Id, map.Of, StringComparer.Ordinal);
        var clusterOfUnit = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var cluster in comparison.Clusters)
        {
            foreach (var claim in cluster.Claims)
            {
                foreach (var (_, unit) in mapped[claim.Id])
                {
                    if (!clusterOfUnit.TryGetValue(unit, out var list))
                    {
                        clusterOfUnit[unit] = list = [];
                    }

                    list.Add(cluster.Id);
                }
            }
        }

        var lines = new List<string>();
        var textOf = gold.Facts.SelectMany(f => f.Mentions.Where(m => m.Value is not null)
                .SelectMany(m => m.Value!.Sentences.Select((s, i) => (Unit: $"{m.Key}|{f.Id}|{i}", Text: s))))
            .ToDictionary(x => x.Unit, x => x.Text, StringComparer.Ordinal);
        string Where(string unit) => clusterOfUnit.TryGetValue(unit, out var c) ? string.Join(",", c.Distinct()) : "(no claim)";
        Claim? ClaimOf(string unit) => claims.FirstOrDefault(c => mapped[c.Id].Any(m => m.Unit == unit));
        string Verdict(Claim? a, Claim? b)
        {
            if (judge is null || a is null || b is null)
            {
                return string.Empty;
            }

            var (p, cos) = judge(a, b);
            return FormattableString.Invariant($" P={p:0.00} cos={cos:0.00}");
        }

        foreach (var fact in gold.Facts)
        {
            var units = fact.Mentions.Where(m => m.Value is not null)
                .SelectMany(m => m.Value!.Sentences.Select((_, i) => (Outlet: m.Key, Unit: $"{m.Key}|{fact.Id}|{i}")))
                .ToList();
            for (var x = 0; x < units.Count; x++)
            {
                for (var y = x + 1; y < units.Count; y++)
                {
                    if (units[x].Outlet == units[y].Outlet)
                    {
                        continue;
                    }

                    var (a, b) = (units[x].Unit, units[y].Unit);
                    var together = clusterOfUnit.TryGetValue(a, out var ca) && clusterOfUnit.TryGetValue(b, out var cb) && ca.Intersect(cb).Any();
                    if (!together)
                    {
                        lines.Add($"ALIGN-FN {fact.Id} {a} [{Where(a)}] ~ {b} [{Where(b)}]{Verdict(ClaimOf(a), ClaimOf(b))}\n    A: {textOf[a]}\n    B: {textOf[b]}");
                    }
                }
            }
        }

        foreach (var cluster in comparison.Clusters)
        {
            var members = cluster.Claims.Where(c => mapped[c.Id].Count > 0).ToList();
            for (var x = 0; x < members.Count; x++)
            {
                for (var y = x + 1; y < members.Count; y++)
                {
                    var (a, b) = (members[x], members[y]);
                    if (a.OutletId == b.OutletId || mapped[a.Id].Any(m => mapped[b.Id].Any(n => n.Fact == m.Fact)))
                    {
                        continue;
                    }

                    lines.Add($"ALIGN-FP {cluster.Id} {string.Join(",", mapped[a.Id].Select(m => m.Unit))} ~ {string.Join(",", mapped[b.Id].Select(m => m.Unit))}{Verdict(a, b)}"
                        + $"\n    A: {a.Text}\n    B: {b.Text}");
                }
            }

            var unlabeled = cluster.Claims.Where(c => mapped[c.Id].Count == 0).ToList();
            if (members.Count > 0 && unlabeled.Any(u => members.Any(m => m.OutletId != u.OutletId)))
            {
                foreach (var u in unlabeled)
                {
                    lines.Add($"ALIGN-FP {cluster.Id} (ungold {u.OutletId}) joined {string.Join(",", members.SelectMany(m => mapped[m.Id].Select(n => n.Unit)))}"
                        + $"\n    U: {u.Text}");
                }
            }
        }

        var stated = comparison.Findings.Where(f => f.Kind is FindingKind.Agree or FindingKind.Differ).ToList();
        var clusters = comparison.Clusters.ToDictionary(c => c.Id, StringComparer.Ordinal);
        bool Has(ClaimCluster c, string outlet, string fact) => c.Claims.Any(x => x.OutletId == outlet && mapped[x.Id].Any(m => m.Fact == fact));
        foreach (var fact in gold.Facts)
        {
            var outlets = fact.MentionedBy;
            for (var x = 0; x < outlets.Count; x++)
            {
                for (var y = x + 1; y < outlets.Count; y++)
                {
                    var (a, b) = (outlets[x], outlets[y]);
                    var goldKinds = fact.KindsBetween(a, b).Select(k => k.ToString()).Order().ToList();
                    var finding = stated.FirstOrDefault(f => Has(clusters[f.ClusterId], a, fact.Id) && Has(clusters[f.ClusterId], b, fact.Id));
                    var pred = finding is null
                        ? []
                        : GoldScorer.ScoredDifferences(gold, fact, finding, a, b, g => Has(clusters[finding.ClusterId], a, g) && Has(clusters[finding.ClusterId], b, g));
                    var predKinds = pred.Select(d => d.Kind.ToString()).Order().ToList();
                    if (!goldKinds.SequenceEqual(predKinds))
                    {
                        var tag = goldKinds.Count == 0 ? "DIFF-FP" : predKinds.Count == 0 ? "DIFF-FN" : "KIND";
                        var why = string.Join("; ", pred.Select(d => $"{d.Kind}: {string.Join(" | ", d.Values.Where(v => v.OutletId == a || v.OutletId == b).Select(v => $"{v.OutletId}={v.Value}"))}"));
                        lines.Add($"{tag} {fact.Id} {a}~{b} gold [{string.Join(",", goldKinds)}] pred [{string.Join(",", predKinds)}]"
                            + (finding is null ? " (not aligned)" : $" {finding.ClusterId}") + (why.Length > 0 ? $"\n    {why}" : string.Empty)
                            + $"\n    A: {string.Join(" / ", fact.Mentions[a]!.Sentences)}\n    B: {string.Join(" / ", fact.Mentions[b]!.Sentences)}"
                            + (fact.Differences.Count > 0 ? $"\n    note: {string.Join("; ", fact.Differences.Select(d => d.Note))}" : string.Empty));
                    }
                }
            }
        }

        var goldOmissions = gold.Facts.Where(f => f.MentionedBy.Count > 0).SelectMany(f => f.OmittedBy.Select(o => (f.Id, o))).ToHashSet();
        var predicted = new HashSet<(string, string)>();
        foreach (var finding in comparison.Findings.Where(f => f.Kind == FindingKind.Omitted))
        {
            var fact = clusters[finding.ClusterId].Claims.SelectMany(c => mapped[c.Id].Select(m => m.Fact).Distinct())
                .GroupBy(x => x, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
            foreach (var outlet in finding.Outlets)
            {
                if (fact is not null && predicted.Add((fact, outlet)) && !goldOmissions.Contains((fact, outlet)))
                {
                    var own = gold.Facts.First(x => x.Id == fact).Mentions.TryGetValue(outlet, out var m) && m is not null
                        ? string.Join(",", Enumerable.Range(0, m.Sentences.Count).Select(i => Where($"{outlet}|{fact}|{i}")).Distinct())
                        : "(not stated)";
                    lines.Add($"OMIT-FP {fact} by {outlet} [own: {own}; here: {finding.ClusterId}]: {clusters[finding.ClusterId].Label}");
                }
            }
        }

        foreach (var (fact, outlet) in goldOmissions.Where(g => !predicted.Contains(g)))
        {
            var f = gold.Facts.First(x => x.Id == fact);
            lines.Add($"OMIT-FN {fact} by {outlet} (salience {f.Salience}, stated by {string.Join(",", f.MentionedBy)}): {f.Statement}"
                + $" [clusters: {string.Join(",", f.MentionedBy.SelectMany(o => Enumerable.Range(0, f.Mentions[o]!.Sentences.Count).Select(i => Where($"{o}|{fact}|{i}"))).Distinct())}]");
        }

        return lines;
    }
}
