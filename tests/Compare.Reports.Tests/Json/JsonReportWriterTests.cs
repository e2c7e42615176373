using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Compare.Reports.Tests.Fixtures;
using static Compare.Reports.Tests.Fixtures.PortAlderBudget;

namespace Compare.Reports.Tests.Json;

public sealed partial class JsonReportWriterTests
{
    // Strict: a field the document does not know, a missing required field or a null where the document says never fails.
    private static readonly JsonSerializerOptions Strict = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    private static readonly string Text = ReportRenderer.Render(Create(), ReportFormat.Json);
    private static readonly ReportDocument Report = JsonSerializer.Deserialize<ReportDocument>(Text, Strict)!;

    [Fact]
    public void Render_PortAlder_RoundTripsThroughTheDocumentedShape()
    {
        var again = JsonSerializer.SerializeToNode(Report, Strict);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Text), again), "re-serialized document differs from the report");
    }

    [Fact]
    public void Render_PortAlder_CarriesSchemaVersionStoryAndTimes()
    {
        Assert.Equal(1, Report.SchemaVersion);
        Assert.Equal(new StoryDocument("port-alder-budget", "Port Alder city council adopts the 2027 budget"), Report.Story);
        Assert.Equal(DateTimeOffset.Parse("2026-06-12T15:30:00Z", System.Globalization.CultureInfo.InvariantCulture), Report.ComparedAt);
        Assert.Equal(new DateTimeOffset(2026, 6, 11, 8, 5, 0, TimeSpan.Zero), Report.ArticlesPublished!.From);
        Assert.Equal(new DateTimeOffset(2026, 6, 12, 14, 0, 0, TimeSpan.Zero), Report.ArticlesPublished.To);
        Assert.Equal(OutletNames, Report.Outlets.Select(o => o.Name));
    }

    [Fact]
    public void Render_PortAlder_FactsCarryCoveragePerOutlet()
    {
        Assert.Equal(19, Report.Facts.Count);
        var c15 = Report.Facts.Single(f => f.ClusterId == "c15");

        Assert.Equal(new Dictionary<string, string> { [Hc] = "differ", [Nn] = "omitted", [Mp] = "differ", [Cl] = "differ" }, c15.Coverage);
        Assert.Equal("unique", Report.Facts.Single(f => f.ClusterId == "c18").Coverage[Nn]);
        Assert.Equal("notStated", Report.Facts.Single(f => f.ClusterId == "c18").Coverage[Hc]);
    }

    [Fact]
    public void Render_PortAlder_FindingsKeepKindsValuesAndEvidence()
    {
        var c15 = Report.Findings.Single(f => f.ClusterId == "c15" && f.Kind == "differ");

        Assert.Equal(["polarity", "attribution"], c15.Differences.Select(d => d.Kind));
        Assert.Equal(new ValueDocument(Mp, "has not said", "has not said", null, null), c15.Differences[0].Values[1]);
        Assert.Equal("Mayor Ines Varga", c15.Differences[1].Values[0].Attribution);
        var total = Report.Findings.Single(f => f.ClusterId == "c01" && f.Kind == "differ").Differences[0].Values;
        Assert.Equal(new ValueDocument(Mp, "$1.42 billion", "about $1.4 billion", null, "about $1.4 billion"), total.Single(v => v.OutletId == Mp));
        Assert.Null(total.Single(v => v.OutletId == Hc).Stated);
        Assert.Equal([Hc, Mp, Cl], c15.Evidence.Select(e => e.OutletId));
        Assert.Equal(MpUrl.AbsoluteUri, c15.Evidence[1].Url);
        Assert.Equal([Nn], Report.Findings.Single(f => f.ClusterId == "c15" && f.Kind == "omitted").Outlets);
    }

    [Fact]
    public void Render_PortAlder_CountsAndPairAgreement()
    {
        Assert.Equal(new Dictionary<string, int> { ["agree"] = 7, ["differ"] = 9, ["omitted"] = 8, ["unique"] = 3 }, Report.Counts.Findings);
        Assert.Equal(
            new Dictionary<string, int> { ["number"] = 2, ["date"] = 1, ["actor"] = 1, ["polarity"] = 2, ["attribution"] = 2, ["certainty"] = 2 },
            Report.Counts.Differences);
        var pair = Report.PairAgreement.Single(p => p.A == Hc && p.B == Nn);
        Assert.Equal(new PairDocument(Hc, Nn, 9, 5, 4, 5.0 / 9), pair);
    }

    [Fact]
    public void Render_PortAlder_KeepsLettersOutsideAsciiReadable()
    {
        Assert.Contains("all-MiniLM-L6-v2 (384 dimensions)", Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u2013", Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Hostile_IsValidJsonKeepingTheTextExactly()
    {
        var report = JsonSerializer.Deserialize<ReportDocument>(ReportRenderer.Render(HostileComparison.Create(), ReportFormat.Json), Strict)!;

        Assert.Equal(HostileComparison.Label, report.Story.Label);
        Assert.Equal(HostileComparison.Sentence, report.Findings[0].Evidence[0].Sentence);
        Assert.Null(report.ArticlesPublished);
    }

    [Fact]
    public void SchemaDocument_NamesEveryFieldTheReportWrites()
    {
        var document = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "REPORT-JSON.md"));
        var names = PropertyNames(JsonNode.Parse(Text)!).ToHashSet();

        Assert.Contains("schemaVersion", names);
        Assert.All(names, n => Assert.Contains($"`{n}`", document, StringComparison.Ordinal));
        Assert.Matches(SchemaVersionLine(), document);
    }

    private static IEnumerable<string> PropertyNames(JsonNode node) => node switch
    {
        // The keys of a coverage map are outlet ids (data), not field names.
        JsonObject o => o.SelectMany(p => p.Key == "coverage" ? [p.Key] : PropertyNames(p.Value!).Prepend(p.Key)),
        JsonArray a => a.SelectMany(x => x is null ? [] : PropertyNames(x)),
        _ => [],
    };

    [GeneratedRegex(@"`schemaVersion`[^\n]*\b1\b")]
    private static partial Regex SchemaVersionLine();
}
