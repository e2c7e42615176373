namespace Compare.Reports.Json;

/// <summary>The JSON report, schema version <see cref="CurrentSchemaVersion"/> (documented in REPORT-JSON.md).</summary>
internal sealed record JsonReport(
    int SchemaVersion,
    JsonStory Story,
    DateTimeOffset ComparedAt,
    JsonTimeRange? ArticlesPublished,
    IReadOnlyList<JsonOutlet> Outlets,
    IReadOnlyList<JsonArticle> Articles,
    IReadOnlyList<JsonFact> Facts,
    IReadOnlyList<JsonFinding> Findings,
    IReadOnlyList<JsonPairAgreement> PairAgreement,
    JsonCounts Counts,
    JsonMethod Method)
{
    /// <summary>Raised on any change a reader of an older version could misread: a removed, renamed or re-typed field.</summary>
    public const int CurrentSchemaVersion = 1;
}
