namespace Compare.Reports.Tests.Json;

internal sealed record PairDocument(string A, string B, int Shared, int Agree, int Differ, double? Rate);
