using Compare.Core.Domain;
using Compare.Core.Stories.Changes;
using Compare.Server.Worker;
using Proto = Compare.Protos.V1;

namespace Compare.Server.Grpc.Mapping;

/// <summary>
/// The finding events of a stored comparison. A story's first comparison: every difference, omission and unique claim is
/// NEW. Later ones follow the snapshot diff: a new difference or omission is NEW, a fact newly stated by more outlets is
/// CHANGED, a difference gone is RESOLVED (with the finding as it was).
/// </summary>
internal static class FindingEvents
{
    public static IEnumerable<Proto.FindingEvent> From(ComparisonStored stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.Diff is null || stored.Previous is null)
        {
            return stored.Current.Findings.Where(f => f.Kind != FindingKind.Agree)
                .Select(f => Event(stored, Proto.FindingChange.New, ReportMapping.ToProto(f), f.Summary));
        }

        return stored.Diff.Changes.Select(change =>
        {
            var (comparison, kind, type) = change.Kind switch
            {
                FactChangeKind.NewDifference => (stored.Current, (FindingKind?)FindingKind.Differ, Proto.FindingChange.New),
                FactChangeKind.NewOmission => (stored.Current, FindingKind.Omitted, Proto.FindingChange.New),
                FactChangeKind.ResolvedDifference => (stored.Previous, FindingKind.Differ, Proto.FindingChange.Resolved),
                _ => (stored.Current, null, Proto.FindingChange.Changed),
            };
            return Event(stored, type, Find(comparison, change, kind), change.Detail);
        });
    }

    /// <summary>The finding of the changed fact (matched by the fact's label, as the diff names it), or one made from the change.</summary>
    private static Proto.Finding Find(Comparison comparison, FactChange change, FindingKind? kind)
    {
        var clusters = comparison.Clusters.Where(c => c.Label == change.Fact).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var finding = comparison.Findings.FirstOrDefault(f => clusters.Contains(f.ClusterId) && (kind is null || f.Kind == kind));
        return finding is not null
            ? ReportMapping.ToProto(finding)
            : new Proto.Finding { Summary = change.Fact, OutletIds = { change.Outlets } };
    }

    private static Proto.FindingEvent Event(ComparisonStored stored, Proto.FindingChange change, Proto.Finding finding, string detail) => new()
    {
        StoryId = stored.StoryId,
        Label = stored.Label,
        Change = change,
        Finding = finding,
        ComparedAt = Timestamps.From(stored.Current.ComparedAt),
        Detail = detail,
    };
}
