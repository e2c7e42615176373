namespace Compare.Storage.Stories;

/// <summary>A story's (new) label.</summary>
public sealed record StoryLabelUpdate(string StoryId, string Label);
