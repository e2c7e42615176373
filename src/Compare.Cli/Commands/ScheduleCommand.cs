using System.CommandLine;
using System.Globalization;
using Compare.Crawling.Configuration;
using Compare.Server.Scheduling;
using Compare.Storage.Schedules;
using Spectre.Console;

namespace Compare.Cli.Commands;

/// <summary>
/// <c>compare schedule add|list|remove</c>: crawl schedules in the database. A running server picks up changes within its
/// schedule sync interval (30 s by default).
/// </summary>
internal static class ScheduleCommand
{
    public static Command Build()
    {
        var command = new Command("schedule", "Crawl schedules: cron expressions with a time zone, over all, some outlets or a topic watch");
        var database = DatabaseOptions.AddTo(command);
        command.Subcommands.Add(Add(database));
        command.Subcommands.Add(List(database));
        command.Subcommands.Add(Remove(database));
        return command;
    }

    private static Command Add(DatabaseOptions database)
    {
        var id = new Argument<string>("id") { Description = "Schedule id: lower-case letters, digits and dashes" };
        var cron = new Option<string>("--cron") { Description = "Quartz cron expression with seconds, e.g. \"0 0 6 * * ?\" (06:00 daily)", Required = true };
        var zone = new Option<string>("--time-zone") { Description = "Time zone of the expression (default UTC)", DefaultValueFactory = _ => "UTC" };
        var outlets = new Option<string[]>("--outlet") { Description = "Outlet to crawl (repeatable; default: every enabled outlet)", AllowMultipleArgumentsPerToken = true };
        var watch = new Option<string?>("--watch") { Description = "Topic watch the crawl serves" };
        var config = new Option<FileInfo?>("--config") { Description = "Configuration file naming the outlets (default: the shipped outlets.json)" };
        var command = new Command("add", "Add a crawl schedule");
        command.Arguments.Add(id);
        command.Options.Add(cron);
        command.Options.Add(zone);
        command.Options.Add(outlets);
        command.Options.Add(watch);
        command.Options.Add(config);
        command.SetAction((p, ct) => database.RunAsync(p, (session, c) => AddAsync(session, p.GetValue(id)!, p.GetValue(cron)!,
            p.GetValue(zone)!, p.GetValue(outlets) ?? [], p.GetValue(watch), p.GetValue(config), c), ct));
        return command;
    }

    private static Command List(DatabaseOptions database)
    {
        var command = new Command("list", "List the crawl schedules and when each fires next");
        command.SetAction((p, ct) => database.RunAsync(p, ListAsync, ct));
        return command;
    }

    private static Command Remove(DatabaseOptions database)
    {
        var id = new Argument<string>("id") { Description = "Schedule id" };
        var command = new Command("remove", "Remove a crawl schedule");
        command.Arguments.Add(id);
        command.SetAction((p, ct) => database.RunAsync(p, (session, c) => RemoveAsync(session, p.GetValue(id)!, c), ct));
        return command;
    }

    private static async Task<int> AddAsync(
        StoreSession session, string id, string cron, string zone, string[] outlets, string? watch, FileInfo? config,
        CancellationToken cancellationToken)
    {
        var problems = ScheduleRules.Check("schedule", id, cron, zone).ToList();
        try
        {
            var known = CrawlingConfiguration.Load(config?.FullName).GetSection(OutletsOptions.SectionName).GetChildren()
                .Select(c => c["Id"]).ToHashSet(StringComparer.Ordinal);
            problems.AddRange(outlets.Where(o => !known.Contains(o)).Select(o => $"schedule: outlet '{o}' is not configured ({string.Join(", ", known)})"));
        }
        catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException or FormatException)
        {
            problems.Add($"schedule: bad configuration: {ex.Message}");
        }

        var store = session.Store;
        if (watch is not null && await store.Watches.GetAsync(watch, cancellationToken).ConfigureAwait(false) is null)
        {
            problems.Add($"schedule: watch '{watch}' does not exist (see 'compare watch list')");
        }

        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                await session.Error.WriteLineAsync("compare: " + problem).ConfigureAwait(false);
            }

            return 2;
        }

        var schedule = new CrawlSchedule(id, cron, zone, outlets, watch, ScheduleSource.User, TimeProvider.System.GetUtcNow());
        if (!await store.Schedules.AddAsync(schedule, cancellationToken).ConfigureAwait(false))
        {
            await session.Error.WriteLineAsync($"compare: schedule '{id}' already exists; remove it first").ConfigureAwait(false);
            return 2;
        }

        await session.Output.WriteLineAsync($"Added schedule {id}: '{cron}' ({zone}), next {Next(schedule)}.").ConfigureAwait(false);
        return 0;
    }

    private static async Task<int> ListAsync(StoreSession session, CancellationToken cancellationToken)
    {
        var schedules = await session.Store.Schedules.ListAsync(cancellationToken).ConfigureAwait(false);
        var table = StoreSession.Table("schedule", "cron", "time zone", "outlets", "watch", "source", "next fire");
        foreach (var s in schedules)
        {
            table.AddRow(Markup.Escape(s.Id), Markup.Escape(s.Cron), Markup.Escape(s.TimeZone),
                Markup.Escape(s.OutletIds.Count == 0 ? "all enabled" : string.Join(", ", s.OutletIds)), Markup.Escape(s.WatchId ?? "-"),
                s.Source == ScheduleSource.Configuration ? "configuration" : "user", Markup.Escape(Next(s)));
        }

        session.Write(table);
        return 0;
    }

    private static async Task<int> RemoveAsync(StoreSession session, string id, CancellationToken cancellationToken)
    {
        var schedule = await session.Store.Schedules.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (schedule is null)
        {
            await session.Error.WriteLineAsync($"compare: no schedule '{id}' (see 'compare schedule list')").ConfigureAwait(false);
            return 1;
        }

        if (schedule.Source == ScheduleSource.Configuration)
        {
            await session.Error.WriteLineAsync(
                $"compare: schedule '{id}' comes from the configuration (Worker:Schedules) and returns at the next start; remove it there")
                .ConfigureAwait(false);
            return 2;
        }

        await session.Store.Schedules.RemoveAsync(id, cancellationToken).ConfigureAwait(false);
        await session.Output.WriteLineAsync($"Removed schedule {id}.").ConfigureAwait(false);
        return 0;
    }

    private static string Next(CrawlSchedule s) =>
        ScheduleRules.FindTimeZone(s.TimeZone) is null
            ? "never (unknown time zone)"
            : ScheduleRules.NextFire(s.Cron, s.TimeZone, TimeProvider.System.GetUtcNow()) is { } next
                ? next.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)
                : "never";
}
