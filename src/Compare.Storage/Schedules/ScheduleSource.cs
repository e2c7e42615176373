namespace Compare.Storage.Schedules;

/// <summary>Who defined a schedule.</summary>
public enum ScheduleSource
{
    /// <summary>The configuration (<c>Worker:Schedules</c>): written again at every start.</summary>
    Configuration,

    /// <summary>A user, through the CLI or the API.</summary>
    User,
}
