namespace Compare.Reports.Tests.Json;

internal sealed record EvidenceDocument(string OutletId, string ArticleId, string Url, string Sentence, int Start, int Length);
