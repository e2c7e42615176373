namespace Compare.Reports;

/// <summary>The formats a <see cref="Core.Domain.Comparison"/> can be rendered in.</summary>
public enum ReportFormat
{
    /// <summary>Markdown: the same content as the HTML report, as text.</summary>
    Markdown,

    /// <summary>One self-contained HTML page: inline CSS and SVG charts, no external request.</summary>
    Html,

    /// <summary>JSON in the documented schema of <c>REPORT-JSON.md</c> (field <c>schemaVersion</c>).</summary>
    Json,

    /// <summary>CSV (RFC 4180): one row per finding and outlet.</summary>
    Csv,
}
