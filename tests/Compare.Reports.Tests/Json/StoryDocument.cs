namespace Compare.Reports.Tests.Json;

internal sealed record StoryDocument(string Id, string Label);
