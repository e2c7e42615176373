using Quartz;

namespace Compare.Server.Scheduling;

/// <summary>What makes a schedule valid; every message names the schedule and the field.</summary>
public static class ScheduleRules
{
    /// <summary>Problems of a schedule definition; empty when it is valid.</summary>
    public static IReadOnlyList<string> Check(string where, string id, string cron, string timeZone)
    {
        var errors = new List<string>();
        if (!IsId(id))
        {
            errors.Add($"{where}: Id '{id}' must be lower-case letters, digits and dashes");
        }

        if (string.IsNullOrWhiteSpace(cron) || !CronExpression.TryParse(cron, out _))
        {
            errors.Add($"{where}: Cron '{cron}' is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week, e.g. '0 0/30 * * * ?')");
        }

        if (FindTimeZone(timeZone) is null)
        {
            errors.Add($"{where}: TimeZone '{timeZone}' is not a known time zone (e.g. 'UTC', 'Europe/Paris')");
        }

        return errors;
    }

    /// <summary>True for a non-empty id of lower-case ASCII letters, digits and dashes.</summary>
    public static bool IsId(string? id) =>
        !string.IsNullOrWhiteSpace(id) && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    public static TimeZoneInfo? FindTimeZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }

    /// <summary>The next time a valid cron expression fires after <paramref name="after"/>, or null when it never will.</summary>
    public static DateTimeOffset? NextFire(string cron, string timeZone, DateTimeOffset after)
    {
        var expression = new CronExpression(cron, FindTimeZone(timeZone) ?? TimeZoneInfo.Utc);
        return expression.GetNextValidTimeAfter(after);
    }
}
