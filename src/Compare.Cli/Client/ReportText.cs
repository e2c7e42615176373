using System.Globalization;
using System.Text;
using Compare.Protos.V1;

namespace Compare.Cli.Client;

/// <summary>A <see cref="ComparisonReport"/> as a few lines for a terminal: outlets, counts, then each difference and omission.</summary>
internal static class ReportText
{
    public static string Summary(ComparisonReport r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var text = new StringBuilder();
        var c = r.Counts;
        text.AppendLine(CultureInfo.InvariantCulture, $"{r.Label}{(r.StoryId.Length > 0 ? $" ({r.StoryId})" : string.Empty)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Outlets: {string.Join(", ", r.Outlets.Select(o => o.Name))}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Facts: {r.Clusters.Count}; agree {c.Agree}, differ {c.Differ}, omitted {c.Omitted}, unique {c.Unique}");
        foreach (var f in r.Findings.Where(f => f.Kind is FindingKind.Differ or FindingKind.Omitted).OrderByDescending(f => f.Salience))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {f.Kind.ToString().ToUpperInvariant()}: {f.Summary}");
            foreach (var v in f.Differences.SelectMany(d => d.Values))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    {v.OutletId}: {Compare.Core.Domain.OutletValue.Show(v.Value, v.Stated)}");
            }
        }

        return text.ToString().TrimEnd();
    }
}
