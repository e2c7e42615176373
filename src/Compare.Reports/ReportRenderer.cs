using System.Text;
using Compare.Core.Domain;
using Compare.Reports.Csv;
using Compare.Reports.Html;
using Compare.Reports.Json;
using Compare.Reports.Markdown;
using Compare.Reports.Model;

namespace Compare.Reports;

/// <summary>Renders a <see cref="Comparison"/> as a report: Markdown, self-contained HTML, JSON or CSV.</summary>
public static class ReportRenderer
{
    // UTF-8 without a byte order mark: every format here declares or implies UTF-8, and a BOM breaks JSON and CSV readers.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Renders the report as text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="comparison"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static string Render(Comparison comparison, ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var model = ReportModelBuilder.Build(comparison);
        return format switch
        {
            ReportFormat.Markdown => MarkdownReportWriter.Render(model),
            ReportFormat.Html => HtmlReportWriter.Render(model),
            ReportFormat.Json => JsonReportWriter.Render(model),
            ReportFormat.Csv => CsvReportWriter.Render(model),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
        };
    }

    /// <summary>Renders the report and writes it to the stream as UTF-8 (no byte order mark); the stream stays open.</summary>
    public static void Write(Comparison comparison, ReportFormat format, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(Utf8.GetBytes(Render(comparison, format)));
        stream.Flush();
    }

    /// <summary>
    /// Renders the report and writes it to the stream as UTF-8 asynchronously, for streams that refuse synchronous
    /// writes (an ASP.NET Core response body); the stream stays open.
    /// </summary>
    public static async Task WriteAsync(Comparison comparison, ReportFormat format, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = Utf8.GetBytes(Render(comparison, format));
        await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
