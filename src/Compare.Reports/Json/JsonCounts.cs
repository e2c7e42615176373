namespace Compare.Reports.Json;

internal sealed record JsonCounts(IReadOnlyDictionary<string, int> Findings, IReadOnlyDictionary<string, int> Differences);
