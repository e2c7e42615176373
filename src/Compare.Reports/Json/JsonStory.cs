namespace Compare.Reports.Json;

internal sealed record JsonStory(string Id, string Label);
