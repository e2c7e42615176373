namespace Compare.Reports.Json;

internal sealed record JsonEvidence(string OutletId, string ArticleId, string Url, string Sentence, int Start, int Length);
