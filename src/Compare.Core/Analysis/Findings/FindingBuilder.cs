using System.Globalization;
using Compare.Core.Analysis.Alignment;
using Compare.Core.Analysis.Pairs;
using Compare.Core.Analysis.Text;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Findings;

/// <summary>
/// Turns aligned clusters into <see cref="ClaimCluster"/> records and findings: agree or differ (with kinds and values)
/// for facts several outlets state, unique for a fact one outlet states, and omitted for the outlets that cover the
/// story but leave a fact out, ranked by salience.
/// </summary>
internal sealed class FindingBuilder(FindingOptions options)
{
    /// <summary>Clusters and findings of a story; summaries name outlets by <paramref name="outletName"/> (an outlet id to its name).</summary>
    public (IReadOnlyList<ClaimCluster> Clusters, IReadOnlyList<Finding> Findings) Build(
        PairScores scores, IReadOnlyList<AlignedGroup> groups, IReadOnlyList<string> coveringOutlets, Func<string, string> outletName)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(outletName);
        var claims = scores.Claims;
        var outletCount = Math.Max(1, coveringOutlets.Count);
        var ranked = groups
            .Where(g => g.Members.Any(i => claims[i].CheckWorthiness >= options.MinCheckWorthiness))
            .Select(g => (Group: g, Salience: Salience(claims, g.Members, outletCount)))
            .OrderByDescending(x => x.Salience)
            .ThenBy(x => x.Group.Members[0])
            .ToList();

        var distinctiveFigures = QuantityMatch.Distinctive(claims);
        var distinctiveDays = DateMatch.DistinctiveDays(claims);
        var clusters = new List<ClaimCluster>();
        var findings = new List<Finding>();
        var omissions = new List<(ClaimCluster Cluster, IReadOnlyList<string> Outlets, IReadOnlyList<Evidence> Evidence)>();
        foreach (var (group, salience) in ranked)
        {
            var members = group.Members;
            var id = "c" + (clusters.Count + 1).ToString("000", CultureInfo.InvariantCulture);
            var cluster = new ClaimCluster(id, Label(scores, members), [.. members.Select(i => claims[i])], Math.Round(salience, 3));
            clusters.Add(cluster);
            var evidence = cluster.Claims.Select(c => new Evidence(c.OutletId, c.ArticleId, c.Url, c.Text, c.Start, c.Length)).ToList();
            var stating = cluster.OutletIds;
            var confidence = Confidence(scores, members);
            if (stating.Count == 1)
            {
                findings.Add(new Finding(NextId(findings), FindingKind.Unique, id, $"Only {outletName(stating[0])} states: {cluster.Label}", stating, [],
                    evidence, confidence, cluster.Salience));
            }
            else
            {
                var representatives = stating.Select(o => Representative(scores, members, o)).ToList();
                var differences = ClusterDifferences.Of(
                    [.. representatives.Select(r => claims[r])], [.. representatives.Select(r => group.SecondFacts.TryGetValue(r, out var link) ? link : (SecondFactLink?)null)]);
                var kind = differences.Count > 0 ? FindingKind.Differ : FindingKind.Agree;
                var summary = differences.Count > 0
                    ? $"{stating.Count} outlets differ on {NameList.Join([.. differences.Select(d => d.Kind.ReaderName())])}: {cluster.Label}"
                    : $"{stating.Count} outlets agree: {cluster.Label}";
                findings.Add(new Finding(NextId(findings), kind, id, summary, stating, differences, evidence, confidence, cluster.Salience));
            }

            var omitting = coveringOutlets.Where(o => !stating.Contains(o, StringComparer.Ordinal)).ToList();
            if (omitting.Count > 0)
            {
                var figures = members.SelectMany(m => distinctiveFigures[m]).ToList();
                var days = members.SelectMany(m => distinctiveDays[m]).ToList();
                omitting.RemoveAll(o => GivesDetail(claims, distinctiveDays, figures, days, o));
            }

            if (omitting.Count > 0 && OmissionRule.Worthy(cluster.Claims, options))
            {
                omissions.Add((cluster, omitting, evidence));
            }
        }

        foreach (var (cluster, outlets, evidence) in omissions.OrderByDescending(o => o.Cluster.Salience))
        {
            findings.Add(new Finding(NextId(findings), FindingKind.Omitted, cluster.Id,
                $"Left out by {Names(outlets, outletName)} (stated by {Names(cluster.OutletIds, outletName)}): {cluster.Label}",
                outlets, [], evidence, Math.Round(cluster.Claims.Max(c => c.CheckWorthiness), 3), cluster.Salience));
        }

        return (clusters, findings);
    }

    /// <summary>
    /// Whether <paramref name="outlet"/> gives one of a fact's distinctive <paramref name="figures"/> (<see
    /// cref="QuantityMatch.Distinctive"/>) or <paramref name="days"/> (<see cref="DateMatch.DistinctiveDays"/>): it then
    /// states the fact, in a sentence the aligner put with another fact, and does not leave it out. A claim that gives a
    /// distinctive day has it among its own distinctive days (<paramref name="distinctiveDays"/>, by claim), as the count
    /// is the day's.
    /// </summary>
    private static bool GivesDetail(IReadOnlyList<Claim> claims, IReadOnlyList<IReadOnlyList<DateMention>> distinctiveDays, List<Quantity> figures,
        List<DateMention> days, string outlet) =>
        (figures.Count > 0 || days.Count > 0) && Enumerable.Range(0, claims.Count).Any(k => claims[k].OutletId == outlet
            && (QuantityMatch.Gives(claims[k], figures) || distinctiveDays[k].Any(y => days.Any(x => DateMatch.SameDay(x, y)))));

    /// <summary>How central a fact is: the share of covering outlets that state it (60%) and how check-worthy it is (40%).</summary>
    private static double Salience(IReadOnlyList<Claim> claims, IReadOnlyList<int> members, int outletCount)
    {
        var outlets = members.Select(i => claims[i].OutletId).Distinct(StringComparer.Ordinal).Count();
        return (0.6 * outlets / outletCount) + (0.4 * members.Max(i => claims[i].CheckWorthiness));
    }

    /// <summary>
    /// The fact's label: its most central sentence, without a wire dateline ("HALBECK, March 3 (Eastgate Wire) - "), which
    /// places the story, not the fact; the evidence keeps the sentence as written.
    /// </summary>
    private static string Label(PairScores scores, IReadOnlyList<int> members)
    {
        var text = scores.Claims[Central(scores, members)].Text;
        var dateline = Dateline.Length(text);
        return dateline > 0 && dateline < text.Length ? text[dateline..] : text;
    }

    /// <summary>The sentence most like the others (highest mean P(same fact)); ties to the earliest.</summary>
    private static int Central(PairScores scores, IReadOnlyList<int> members) =>
        members.Count == 1
            ? members[0]
            : members.OrderByDescending(i => members.Where(j => j != i).Average(j => scores.PSame(i, j))).ThenBy(i => i).First();

    /// <summary>An outlet's sentence for the fact (a claim index): its most central one when it restates the fact.</summary>
    private static int Representative(PairScores scores, IReadOnlyList<int> members, string outlet)
    {
        var own = members.Where(i => scores.Claims[i].OutletId == outlet).ToList();
        var others = members.Where(i => scores.Claims[i].OutletId != outlet).ToList();
        var best = own.Count == 1 || others.Count == 0
            ? own[0]
            : own.OrderByDescending(i => others.Average(j => scores.PSame(i, j))).ThenBy(i => i).First();
        return best;
    }

    private static double Confidence(PairScores scores, IReadOnlyList<int> members)
    {
        var claims = scores.Claims;
        var cross = members.SelectMany(i => members.Where(j => j > i && claims[j].OutletId != claims[i].OutletId).Select(j => scores.PSame(i, j))).ToList();
        return Math.Round(cross.Count == 0 ? members.Max(i => claims[i].CheckWorthiness) : cross.Average(), 3);
    }

    private static string Names(IEnumerable<string> outlets, Func<string, string> outletName) => NameList.Join([.. outlets.Select(outletName)]);

    private static string NextId(List<Finding> findings) => "f" + (findings.Count + 1).ToString("000", CultureInfo.InvariantCulture);
}
