namespace Compare.Reports.Tests.Json;

internal sealed record OutletDocument(string Id, string Name, string? HomeUrl, string? Language, TallyDocument Tally);
