namespace Compare.Reports.Json;

internal sealed record JsonPairAgreement(string A, string B, int Shared, int Agree, int Differ, double? Rate);
