namespace Compare.Core.Stories.Grouping;

/// <summary>Two stories found to be one: every article of <paramref name="From"/> now belongs to <paramref name="Into"/>.</summary>
public sealed record StoryMerge(string From, string Into);
