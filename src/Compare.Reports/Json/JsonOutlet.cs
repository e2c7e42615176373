namespace Compare.Reports.Json;

internal sealed record JsonOutlet(string Id, string Name, string? HomeUrl, string? Language, JsonTally Tally);
