using nietras.SeparatedValues;
using Compare.Reports.Tests.Fixtures;
using static Compare.Reports.Tests.Fixtures.PortAlderBudget;

namespace Compare.Reports.Tests.Csv;

public sealed class CsvReportWriterTests
{
    private static readonly string[] Columns =
    [
        "finding_id", "kind", "cluster_id", "summary", "outlet_id", "outlet_name", "url", "difference_kinds", "values",
        "attribution", "sentence", "start", "length", "evidence_count", "stated_by", "confidence", "salience",
    ];

    [Fact]
    public void Render_PortAlder_HasTheDocumentedHeader()
    {
        var (header, _) = Read(ReportRenderer.Render(Create(), ReportFormat.Csv));

        Assert.Equal(Columns, header);
    }

    [Fact]
    public void Render_PortAlder_OneRowPerFindingAndOutlet()
    {
        var comparison = Create();
        var (_, rows) = Read(ReportRenderer.Render(comparison, ReportFormat.Csv));

        // 22 agree + 32 differ + 10 omitted + 3 unique outlet entries, counted from the fact sheet.
        Assert.Equal(67, rows.Count);
        Assert.Equal(comparison.Findings.Sum(f => f.Outlets.Count), rows.Count);
        Assert.Equal(comparison.Findings.SelectMany(f => f.Outlets.Select(o => (f.Id, o))), rows.Select(r => (r["finding_id"], r["outlet_id"])));
    }

    [Fact]
    public void Render_PortAlder_DifferRowCarriesTheOutletsValueSentenceAndUrl()
    {
        var (_, rows) = Read(ReportRenderer.Render(Create(), ReportFormat.Csv));
        var row = rows.Single(r => r["cluster_id"] == "c01" && r["outlet_id"] == Nn);

        Assert.Equal("differ", row["kind"]);
        Assert.Equal("Northline News", row["outlet_name"]);
        Assert.Equal(NnUrl.AbsoluteUri, row["url"]);
        Assert.Equal("number", row["difference_kinds"]);
        Assert.Equal("number: $1.24 billion", row["values"]);
        Assert.Equal("The plan totals $1.24 billion.", row["sentence"]);
        Assert.Equal("0.95", row["salience"]);
    }

    [Fact]
    public void Render_PortAlder_TwoKindsAndAttributionInOneRow()
    {
        var (_, rows) = Read(ReportRenderer.Render(Create(), ReportFormat.Csv));
        var row = rows.Single(r => r["cluster_id"] == "c15" && r["kind"] == "differ" && r["outlet_id"] == Hc);

        Assert.Equal("negation;attribution", row["difference_kinds"]);
        Assert.Equal("negation: will sign; attribution: Mayor Ines Varga", row["values"]);
        Assert.Equal("Mayor Ines Varga", row["attribution"]);
    }

    [Fact]
    public void Render_PortAlder_OmittedRowPointsAtTheArticleThatLeavesItOut()
    {
        var (_, rows) = Read(ReportRenderer.Render(Create(), ReportFormat.Csv));
        var row = rows.Single(r => r["cluster_id"] == "c04" && r["kind"] == "omitted");

        Assert.Equal(Nn, row["outlet_id"]);
        Assert.Equal(NnUrl.AbsoluteUri, row["url"]);
        Assert.Equal(string.Empty, row["sentence"]);
        Assert.Equal($"{Hc};{Mp};{Cl}", row["stated_by"]);
    }

    [Fact]
    public void Render_PortAlder_UsesCrlfLineEnds()
    {
        var text = ReportRenderer.Render(Create(), ReportFormat.Csv);

        Assert.Equal(1 + 67, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Hostile_EscapesFormulasAndQuotesPerRfc4180()
    {
        var text = ReportRenderer.Render(HostileComparison.Create(), ReportFormat.Csv);
        var (_, rows) = Read(text);

        Assert.Equal("'" + HostileComparison.Summary, rows[0]["summary"]);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"", text, StringComparison.Ordinal);
        Assert.Equal(HostileComparison.Sentence, rows[0]["sentence"]);
        Assert.Equal("'=1+2", rows.Single(r => r["kind"] == "unique")["sentence"]);
        Assert.Equal("'+cmd|' /C calc'!A0", rows.Single(r => r["kind"] == "unique")["summary"]);
        Assert.Equal(HostileComparison.OutletName, rows[0]["outlet_name"]);
    }

    private static (string[] Header, List<Dictionary<string, string>> Rows) Read(string csv)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(csv);
        var header = reader.Header.ColNames.ToArray();
        var rows = new List<Dictionary<string, string>>();
        foreach (var row in reader)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in header)
            {
                values[name] = row[name].ToString();
            }

            rows.Add(values);
        }

        return (header, rows);
    }
}
