
namespace Compare.Server.Stories;

internal static partial class StoriesLog
{
    [LoggerMessage(EventId = 5101, EventName = "GroupingLoaded", Level = LogLevel.Information,
        Message = "Story grouping resumed: {Articles} articles in {Stories} stories")]
    public static partial void GroupingLoaded(ILogger logger, int articles, int stories);

    [LoggerMessage(EventId = 5102, EventName = "ArticleNotGrouped", Level = LogLevel.Warning,
        Message = "Article {ArticleId} could not be grouped and is left out until it changes: {Reason}")]
    public static partial void ArticleNotGrouped(ILogger logger, string articleId, string reason);

    [LoggerMessage(EventId = 5103, EventName = "StoryMerged", Level = LogLevel.Information,
        Message = "Story {From} merged into {Into} ({Label})")]
    public static partial void StoryMerged(ILogger logger, string from, string into, string label);

    [LoggerMessage(EventId = 5104, EventName = "WatchRefreshed", Level = LogLevel.Debug,
        Message = "Watch {WatchId} ('{Query}') gathers {Articles} articles")]
    public static partial void WatchRefreshed(ILogger logger, string watchId, string query, int articles);
}
