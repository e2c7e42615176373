namespace Compare.Reports.Tests.Json;

internal sealed record FindingDocument(
    string Id,
    string Kind,
    string ClusterId,
    string Summary,
    IReadOnlyList<string> Outlets,
    IReadOnlyList<DifferenceDocument> Differences,
    IReadOnlyList<EvidenceDocument> Evidence,
    double Confidence,
    double Salience);
