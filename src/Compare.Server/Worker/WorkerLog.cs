
namespace Compare.Server.Worker;

internal static partial class WorkerLog
{
    [LoggerMessage(EventId = 5001, EventName = "CycleDone", Level = LogLevel.Information,
        Message = "Cycle {Trigger}: crawled {Pages} pages ({New} new, {Revised} revised, {Errors} errors); grouped {Grouped} articles " +
            "({NewStories} new stories, {Merges} merges, {Stories} open); compared {Compared} stories; {Reports} reports in {Folder}; {Seconds} s")]
    public static partial void CycleDone(
        ILogger logger, string trigger, int pages, int @new, int revised, int errors, int grouped, int newStories, int merges, int stories,
        int compared, int reports, string folder, string seconds);

    [LoggerMessage(EventId = 5002, EventName = "CycleCancelled", Level = LogLevel.Information,
        Message = "Cycle {Trigger} stopped: the host is shutting down (what was stored so far is kept)")]
    public static partial void CycleCancelled(ILogger logger, string trigger);

    [LoggerMessage(EventId = 5003, EventName = "CycleFailed", Level = LogLevel.Error, Message = "Cycle {Trigger} failed: {Reason}")]
    public static partial void CycleFailed(ILogger logger, string trigger, string reason, Exception exception);

    [LoggerMessage(EventId = 5004, EventName = "StoryCompared", Level = LogLevel.Information,
        Message = "Story {StoryId} ({Label}): snapshot v{Version}, {Outlets} outlets, {Differences} differences, {Omissions} omissions; report {Report}")]
    public static partial void StoryCompared(ILogger logger, string storyId, string label, int version, int outlets, int differences, int omissions, string report);

    [LoggerMessage(EventId = 5005, EventName = "StoryChanged", Level = LogLevel.Information,
        Message = "Story {StoryId} ({Label}) v{From}→v{To}: {Summary}")]
    public static partial void StoryChanged(ILogger logger, string storyId, string label, int from, int to, string summary);

    [LoggerMessage(EventId = 5006, EventName = "StoryFailed", Level = LogLevel.Warning,
        Message = "Story {StoryId} could not be compared this cycle and is tried again next cycle: {Reason}")]
    public static partial void StoryFailed(ILogger logger, string storyId, string reason);

    [LoggerMessage(EventId = 5007, EventName = "ScheduleMissing", Level = LogLevel.Information,
        Message = "Schedule {ScheduleId} fired but was removed; nothing to do")]
    public static partial void ScheduleMissing(ILogger logger, string scheduleId);

    [LoggerMessage(EventId = 5008, EventName = "SchedulesSynced", Level = LogLevel.Information,
        Message = "Schedules: {Added} added, {Changed} changed, {Removed} removed ({Total} in all)")]
    public static partial void SchedulesSynced(ILogger logger, int added, int changed, int removed, int total);

    [LoggerMessage(EventId = 5009, EventName = "ScheduleSyncFailed", Level = LogLevel.Warning,
        Message = "Schedules could not be read from the store; trying again in {Interval}: {Reason}")]
    public static partial void ScheduleSyncFailed(ILogger logger, TimeSpan interval, string reason);

    [LoggerMessage(EventId = 5010, EventName = "ScheduleInvalid", Level = LogLevel.Warning,
        Message = "Schedule {ScheduleId} is not scheduled: {Reason}")]
    public static partial void ScheduleInvalid(ILogger logger, string scheduleId, string reason);

    [LoggerMessage(EventId = 5020, EventName = "FeedListening", Level = LogLevel.Information,
        Message = "Listening for stored comparisons on PostgreSQL channel {Channel}")]
    public static partial void FeedListening(ILogger logger, string channel);

    [LoggerMessage(EventId = 5021, EventName = "FeedLost", Level = LogLevel.Warning,
        Message = "The PostgreSQL listener of {Channel} failed; listening again in {Delay}: {Reason}")]
    public static partial void FeedLost(ILogger logger, string channel, TimeSpan delay, string reason);

    [LoggerMessage(EventId = 5022, EventName = "FeedSkipped", Level = LogLevel.Warning,
        Message = "A notification on {Channel} could not be read and was skipped: {Reason}")]
    public static partial void FeedSkipped(ILogger logger, string channel, string reason);

    [LoggerMessage(EventId = 5023, EventName = "JobStarted", Level = LogLevel.Information,
        Message = "Crawl job {Trigger} started: firing {RunKey} on scheduler instance {InstanceId} (recovering: {Recovering})")]
    public static partial void JobStarted(ILogger logger, string trigger, string runKey, string instanceId, bool recovering);

    [LoggerMessage(EventId = 5011, EventName = "SharedWorkFailed", Level = LogLevel.Warning,
        Message = "Shared work: a round failed, the next one goes on: {Reason}")]
    public static partial void SharedWorkFailed(ILogger logger, string reason);
}
