namespace Compare.Storage.Stories;

/// <summary>Stories, their articles, and the grouping state that lets grouping resume after a restart.</summary>
public interface IStoryStore
{
    /// <summary>
    /// Articles grouping has not seen, or whose text changed since (a new revision), oldest publication first; near-duplicates
    /// of earlier articles (syndicated copies) are left out.
    /// </summary>
    Task<IReadOnlyList<string>> ListUngroupedAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Every grouped article with its features, to rebuild the grouping state.</summary>
    Task<IReadOnlyList<GroupedArticle>> LoadGroupedAsync(CancellationToken cancellationToken);

    /// <summary>Writes a grouping pass: features and memberships, merges, labels; member signatures of touched stories updated.</summary>
    Task ApplyAsync(GroupingUpdate update, CancellationToken cancellationToken);

    /// <summary>Replaces the articles of a watch's story (created on first use, labelled with the watch's name).</summary>
    Task SetWatchMembersAsync(string watchId, string label, IReadOnlyList<WatchMember> members, CancellationToken cancellationToken);

    /// <summary>A story by id (merged ones too: see <see cref="StoredStory.MergedInto"/>), or null.</summary>
    Task<StoredStory?> GetAsync(string storyId, CancellationToken cancellationToken);

    /// <summary>Open stories (not merged, not closed), most recently updated first.</summary>
    Task<IReadOnlyList<StoredStory>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Open stories of two or more outlets whose articles changed since their latest comparison.</summary>
    Task<IReadOnlyList<StoredStory>> ListStaleAsync(CancellationToken cancellationToken);

    /// <summary>
    /// A page of open stories matching <paramref name="query"/>, most recently updated first (then by id), starting after the
    /// query's cursor; at most <see cref="StoryQuery.Limit"/>.
    /// </summary>
    Task<IReadOnlyList<StoredStory>> ListPageAsync(StoryQuery query, CancellationToken cancellationToken);

    /// <summary>Ids of a story's articles, in the order they joined.</summary>
    Task<IReadOnlyList<string>> ListMembersAsync(string storyId, CancellationToken cancellationToken);
}
