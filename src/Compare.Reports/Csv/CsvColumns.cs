namespace Compare.Reports.Csv;

/// <summary>The CSV report's header, in order (documented in REPORT-JSON.md, section CSV).</summary>
internal static class CsvColumns
{
    public static IReadOnlyList<string> All { get; } =
    [
        "finding_id", "kind", "cluster_id", "summary", "outlet_id", "outlet_name", "url", "difference_kinds", "values",
        "attribution", "sentence", "start", "length", "evidence_count", "stated_by", "confidence", "salience",
    ];
}
