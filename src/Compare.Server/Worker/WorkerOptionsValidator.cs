using Compare.Server.Scheduling;
using Microsoft.Extensions.Options;

namespace Compare.Server.Worker;

/// <summary>Checks every configured schedule (id, cron, time zone) and that ids are unique, naming each bad one.</summary>
internal sealed class WorkerOptionsValidator : IValidateOptions<WorkerOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkerOptions options)
    {
        var errors = new List<string>();
        for (var i = 0; i < options.Schedules.Count; i++)
        {
            var s = options.Schedules[i];
            errors.AddRange(ScheduleRules.Check($"{WorkerOptions.SectionName}:Schedules[{i}]", s.Id, s.Cron, s.TimeZone));
        }

        errors.AddRange(options.Schedules.GroupBy(s => s.Id, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"{WorkerOptions.SectionName}:Schedules: id '{g.Key}' is used {g.Count()} times"));
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
