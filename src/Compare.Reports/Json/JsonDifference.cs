namespace Compare.Reports.Json;

internal sealed record JsonDifference(string Kind, string Explanation, IReadOnlyList<JsonOutletValue> Values);
