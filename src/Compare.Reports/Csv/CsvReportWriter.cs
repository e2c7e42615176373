using System.Globalization;
using CsvHelper;
using Compare.Core.Domain;
using Compare.Reports.Model;
using Compare.Reports.Text;

namespace Compare.Reports.Csv;

/// <summary>
/// Writes the CSV report: RFC 4180 (CRLF, quotes doubled), one row per finding and outlet it names. A text cell that a
/// spreadsheet would take for a formula (starting with = + - @, tab or CR) gets a leading apostrophe.
/// </summary>
internal static class CsvReportWriter
{
    private static readonly CsvWriterOptions Options = new()
    {
        FormatProvider = CultureInfo.InvariantCulture,
        Injection = CsvInjection.Escape,
        NewLine = "\r\n",
    };

    public static string Render(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            csv.WriteHeader(CsvColumns.All.ToArray());
            foreach (var finding in model.Comparison.Findings)
            {
                foreach (var outletId in finding.Outlets)
                {
                    Row(csv, model, finding, outletId);
                }
            }
        }

        return text.ToString();
    }

    private static void Row(CsvWriter csv, ReportModel model, Finding finding, string outletId)
    {
        var statements = OutletStatement.Of(finding, [outletId]);
        var statement = statements.Count > 0 ? statements[0] : null;
        var sentence = statement is { Sentences.Count: > 0 } ? statement.Sentences[0] : null;
        var articles = model.Outlets.FirstOrDefault(o => o.Id == outletId)?.Articles ?? [];
        var url = sentence?.Url ?? (articles.Count > 0 ? articles[0].Url : null);
        var values = statement?.Values.Select(v => $"{ReportText.Name(v.Kind)}: {v.Value.Shown}") ?? [];

        csv.WriteField(finding.Id);
        csv.WriteField(ReportText.Name(finding.Kind));
        csv.WriteField(finding.ClusterId);
        csv.WriteField(finding.Summary);
        csv.WriteField(outletId);
        csv.WriteField(model.OutletName(outletId));
        csv.WriteField(url?.AbsoluteUri ?? string.Empty);
        csv.WriteField(string.Join(';', finding.Differences.Select(d => ReportText.Name(d.Kind)).Distinct(StringComparer.Ordinal)));
        csv.WriteField(string.Join("; ", values));
        csv.WriteField(statement?.Attribution ?? string.Empty);
        csv.WriteField(sentence?.Sentence ?? string.Empty);
        Number(csv, sentence?.Start);
        Number(csv, sentence?.Length);
        csv.WriteField(statement?.Sentences.Count ?? 0, default, CultureInfo.InvariantCulture);
        csv.WriteField(string.Join(';', model.StatingOutlets(finding)));
        csv.WriteField(finding.Confidence, "0.###", CultureInfo.InvariantCulture);
        csv.WriteField(finding.Salience, "0.###", CultureInfo.InvariantCulture);
        csv.EndRecord();
    }

    private static void Number(CsvWriter csv, int? value)
    {
        if (value is { } n)
        {
            csv.WriteField(n, default, CultureInfo.InvariantCulture);
        }
        else
        {
            csv.WriteField(string.Empty);
        }
    }
}
