namespace Compare.Storage.Stories;

/// <summary>How a story's articles were gathered.</summary>
public enum StoryKind
{
    /// <summary>By story grouping: articles of several outlets about one event.</summary>
    Event,

    /// <summary>By a topic watch's query.</summary>
    Watch,
}
