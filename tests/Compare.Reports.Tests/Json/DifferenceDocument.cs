namespace Compare.Reports.Tests.Json;

internal sealed record DifferenceDocument(string Kind, string Explanation, IReadOnlyList<ValueDocument> Values);
