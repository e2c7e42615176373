using Compare.Core.Domain;

namespace Compare.Core.Stories.Changes;

/// <summary>
/// Diffs two comparisons of one story. Fact ids are not stable between comparisons, so facts are matched by the claims
/// they hold (outlet and sentence text, which survive a recrawl and most revisions): each later fact is paired with the
/// earlier fact it shares most claims with. Then per fact: new and resolved differences, outlets newly stating it, and
/// outlets newly leaving it out.
/// </summary>
public static class ComparisonDiffer
{
    public static ComparisonDiff Diff(Comparison before, Comparison after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = Facts(before);
        var now = Facts(after);
        var pairs = Match(old, now);
        var changes = new List<FactChange>();
        var names = before.Outlets.Concat(after.Outlets).GroupBy(o => o.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Name, StringComparer.Ordinal);
        string Named(IEnumerable<string> ids) => NameList.Join([.. ids.Select(id => names.GetValueOrDefault(id, id))]);

        foreach (var fact in now)
        {
            var earlier = pairs.GetValueOrDefault(fact.Id);
            var newKinds = fact.DifferKinds.Except(earlier?.DifferKinds ?? []).ToList();
            if (newKinds.Count > 0)
            {
                var detail = string.Join("; ", fact.Differences.Where(d => newKinds.Contains(d.Kind)).Select(d => d.Explanation));
                changes.Add(new FactChange(FactChangeKind.NewDifference, fact.Label, fact.Stating, detail));
            }

            var newlyStating = fact.Stating.Except(earlier?.Stating ?? [], StringComparer.Ordinal).ToList();
            if (newlyStating.Count > 0)
            {
                changes.Add(new FactChange(FactChangeKind.NewlyCovered, fact.Label, newlyStating,
                    earlier is null ? "a fact not stated before" : "now also stated by " + Named(newlyStating)));
            }

            var newlyOmitting = fact.Omitting.Except(earlier?.Omitting ?? [], StringComparer.Ordinal).ToList();
            if (newlyOmitting.Count > 0)
            {
                changes.Add(new FactChange(FactChangeKind.NewOmission, fact.Label, newlyOmitting, "left out by " + Named(newlyOmitting)));
            }
        }

        var matchedOld = pairs.Values.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var fact in old.Where(f => f.DifferKinds.Count > 0))
        {
            var later = matchedOld.Contains(fact.Id) ? pairs.First(p => p.Value.Id == fact.Id).Key : null;
            var laterKinds = later is null ? [] : now.First(f => f.Id == later).DifferKinds;
            var gone = fact.DifferKinds.Except(laterKinds).ToList();
            if (gone.Count > 0)
            {
                var detail = later is null
                    ? "no longer stated"
                    : "now agree on " + NameList.Join([.. gone.Select(k => k.ReaderName())]);
                changes.Add(new FactChange(FactChangeKind.ResolvedDifference, fact.Label, fact.Stating, detail));
            }
        }

        var ordered = changes.OrderBy(c => c.Kind).ToList();
        return new ComparisonDiff(after.StoryId, before.ComparedAt, after.ComparedAt, ordered);
    }

    private static List<FactState> Facts(Comparison comparison) =>
        comparison.Clusters.Select(c =>
        {
            var findings = comparison.Findings.Where(f => f.ClusterId == c.Id).ToList();
            var differ = findings.Where(f => f.Kind == FindingKind.Differ).SelectMany(f => f.Differences).ToList();
            var omitting = findings.Where(f => f.Kind == FindingKind.Omitted).SelectMany(f => f.Outlets).Distinct(StringComparer.Ordinal).ToList();
            var keys = c.Claims.Select(k => Key(k.OutletId, k.Text)).ToHashSet(StringComparer.Ordinal);
            return new FactState(c.Id, c.Label, c.OutletIds, differ.Select(d => d.Kind).Distinct().ToList(), differ, omitting, keys);
        }).ToList();

    /// <summary>Each later fact paired with the unpaired earlier fact it shares most claims with (greedy, largest overlaps first).</summary>
    private static Dictionary<string, FactState> Match(List<FactState> old, List<FactState> now)
    {
        var candidates = from n in now
                         from o in old
                         let shared = n.Keys.Count(o.Keys.Contains)
                         where shared > 0
                         orderby shared descending, n.Id, o.Id
                         select (New: n, Old: o);
        var pairs = new Dictionary<string, FactState>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (n, o) in candidates)
        {
            if (!pairs.ContainsKey(n.Id) && used.Add(o.Id))
            {
                pairs[n.Id] = o;
            }
        }

        return pairs;
    }

    private static string Key(string outletId, string sentence) =>
        outletId + "\u001f" + string.Join(' ', sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
