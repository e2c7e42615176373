namespace Compare.Reports.Json;

internal sealed record JsonFinding(
    string Id,
    string Kind,
    string ClusterId,
    string Summary,
    IReadOnlyList<string> Outlets,
    IReadOnlyList<JsonDifference> Differences,
    IReadOnlyList<JsonEvidence> Evidence,
    double Confidence,
    double Salience);
