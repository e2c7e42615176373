using Compare.Core.Domain;

namespace Compare.Reports.Model;

/// <summary>Arranges a <see cref="Comparison"/> into a <see cref="ReportModel"/>.</summary>
internal static class ReportModelBuilder
{
    /// <summary>Builds the model. Tolerates findings that name outlets or clusters the comparison does not list.</summary>
    public static ReportModel Build(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var outletIds = OutletOrder(comparison);
        var facts = FactRowBuilder.Build(comparison, outletIds);
        var outlets = outletIds.Select((id, i) => Column(comparison, id, facts.Select(f => f.Cells[i]))).ToList();
        var published = comparison.Articles.Where(a => a.PublishedAt is not null).Select(a => a.PublishedAt!.Value).ToList();

        return new ReportModel(
            comparison,
            outlets,
            facts,
            MostSalientFirst(comparison.Findings, FindingKind.Differ),
            MostSalientFirst(comparison.Findings, FindingKind.Omitted),
            MostSalientFirst(comparison.Findings, FindingKind.Unique),
            MostSalientFirst(comparison.Findings, FindingKind.Agree),
            published.Count == 0 ? null : published.Min(),
            published.Count == 0 ? null : published.Max());
    }

    /// <summary>Findings of one kind, most salient first, ties by id so that output is stable.</summary>
    internal static List<Finding> MostSalientFirst(IEnumerable<Finding> findings, FindingKind kind) =>
        findings.Where(f => f.Kind == kind)
            .OrderByDescending(f => f.Salience)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToList();

    private static List<string> OutletOrder(Comparison comparison)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<string>();
        var named = comparison.Outlets.Select(o => o.Id)
            .Concat(comparison.Articles.Select(a => a.OutletId))
            .Concat(comparison.Findings.SelectMany(f => f.Outlets.Concat(f.Evidence.Select(e => e.OutletId))))
            .Concat(comparison.Clusters.SelectMany(c => c.Claims.Select(claim => claim.OutletId)));
        foreach (var id in named)
        {
            if (!string.IsNullOrEmpty(id) && seen.Add(id))
            {
                order.Add(id);
            }
        }

        return order;
    }

    private static OutletColumn Column(Comparison comparison, string id, IEnumerable<CoverageState> cells)
    {
        var outlet = comparison.Outlets.FirstOrDefault(o => o.Id == id);
        var articles = comparison.Articles
            .Where(a => a.OutletId == id)
            .OrderBy(a => a.PublishedAt ?? DateTimeOffset.MaxValue)
            .ThenBy(a => a.Title, StringComparer.Ordinal)
            .ToList();
        var name = outlet?.Name ?? articles.FirstOrDefault()?.OutletName ?? id;
        var list = cells.ToList();
        var tally = new OutletTally(
            list.Count(c => c == CoverageState.Agree),
            list.Count(c => c == CoverageState.Differ),
            list.Count(c => c == CoverageState.Omitted),
            list.Count(c => c == CoverageState.Unique));
        return new OutletColumn(id, string.IsNullOrWhiteSpace(name) ? id : name, outlet?.HomeUrl, articles, tally);
    }
}
