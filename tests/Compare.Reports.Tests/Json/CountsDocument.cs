namespace Compare.Reports.Tests.Json;

internal sealed record CountsDocument(IReadOnlyDictionary<string, int> Findings, IReadOnlyDictionary<string, int> Differences);
