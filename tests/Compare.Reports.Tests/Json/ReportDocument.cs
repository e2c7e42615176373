namespace Compare.Reports.Tests.Json;

// The JSON report as REPORT-JSON.md documents it, written from the document rather than from the renderer's types:
// a field the renderer adds, drops or renames without the document fails the round-trip test.
internal sealed record ReportDocument(
    int SchemaVersion,
    StoryDocument Story,
    DateTimeOffset ComparedAt,
    TimeRangeDocument? ArticlesPublished,
    IReadOnlyList<OutletDocument> Outlets,
    IReadOnlyList<ArticleDocument> Articles,
    IReadOnlyList<FactDocument> Facts,
    IReadOnlyList<FindingDocument> Findings,
    IReadOnlyList<PairDocument> PairAgreement,
    CountsDocument Counts,
    MethodDocument Method);
