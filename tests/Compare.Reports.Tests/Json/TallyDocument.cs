namespace Compare.Reports.Tests.Json;

internal sealed record TallyDocument(int Agree, int Differ, int Omitted, int Unique);
