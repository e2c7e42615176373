namespace Compare.Reports.Json;

internal sealed record JsonFact(
    string ClusterId,
    string Title,
    string? Label,
    double Salience,
    IReadOnlyList<string> FindingIds,
    IReadOnlyDictionary<string, string> Coverage);
