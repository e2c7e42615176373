namespace Compare.Storage.Watches;

/// <summary>A topic watch: a user's query whose matching articles are gathered and compared as one story.</summary>
/// <param name="Id">Stable id, lower-case letters, digits and dashes.</param>
/// <param name="Name">Display name (the story's label).</param>
/// <param name="Query">The query ("Hamas Iran funding").</param>
/// <param name="CreatedAt">When it was added.</param>
public sealed record TopicWatch(string Id, string Name, string Query, DateTimeOffset CreatedAt)
{
    /// <summary>The id of the story that holds the watch's articles.</summary>
    public string StoryId => StoryIdOf(Id);

    public static string StoryIdOf(string watchId) => "w-" + watchId;
}
