namespace Compare.Reports.Json;

internal sealed record JsonTally(int Agree, int Differ, int Omitted, int Unique);
