using Compare.Server.Grpc.Errors;
using Compare.Storage;
using Compare.Storage.Stories;

namespace Compare.Server.Grpc.Comparisons;

/// <summary>Finds a story a request names: NOT_FOUND when there is none, or when it was merged into another (naming that one).</summary>
internal static class StoryLookup
{
    public static async Task<StoredStory> GetOpenAsync(ICompareStore store, string storyId, string field, CancellationToken cancellationToken)
    {
        var story = await store.Stories.GetAsync(storyId, cancellationToken).ConfigureAwait(false)
            ?? throw RpcErrors.NotFound($"{field}: no story '{storyId}' (see ListStories)");
        return story.MergedInto is { } into
            ? throw RpcErrors.NotFound($"{field}: story '{storyId}' was merged into '{into}'; ask for that one")
            : story;
    }
}
