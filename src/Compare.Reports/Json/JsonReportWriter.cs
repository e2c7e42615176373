using System.Text.Encodings.Web;
using System.Text.Json;
using Compare.Reports.Model;

namespace Compare.Reports.Json;

/// <summary>Writes the JSON report.</summary>
internal static class JsonReportWriter
{
    // The file is data, never inlined into a page, so letters outside ASCII are written as they are rather than as \u escapes.
    private static readonly ReportJsonContext Context = new(new JsonSerializerOptions(ReportJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Render(ReportModel model) => JsonSerializer.Serialize(JsonReportMapper.Map(model), Context.JsonReport) + "\n";
}
