namespace Compare.Reports.Tests.Json;

internal sealed record FactDocument(
    string ClusterId, string Title, string? Label, double Salience, IReadOnlyList<string> FindingIds, IReadOnlyDictionary<string, string> Coverage);
