using System.Text.Json.Serialization;

namespace Compare.Reports.Json;

/// <summary>Source-generated serialization of the JSON report: camelCase names, indented, nulls written (every field always present).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(JsonReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
