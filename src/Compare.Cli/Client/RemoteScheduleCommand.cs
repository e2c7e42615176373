using System.CommandLine;
using System.Globalization;
using Compare.Protos.V1;
using Spectre.Console;

namespace Compare.Cli.Client;

/// <summary><c>compare --server URL schedule add|list|remove</c>: crawl schedules, applied by the server at once.</summary>
internal static class RemoteScheduleCommand
{
    public static Command Build(RemoteConnection connection)
    {
        var command = new Command("schedule", "Crawl schedules: cron expressions with a time zone, over all, some outlets or a topic watch");
        command.Subcommands.Add(Add(connection));
        command.Subcommands.Add(List(connection));
        command.Subcommands.Add(Remove(connection));
        return command;
    }

    private static Command Add(RemoteConnection connection)
    {
        var id = new Argument<string>("id") { Description = "Schedule id: lower-case letters, digits and dashes" };
        var cron = new Option<string>("--cron") { Description = "Quartz cron expression with seconds, e.g. \"0 0 6 * * ?\" (06:00 daily)", Required = true };
        var zone = new Option<string>("--time-zone") { Description = "Time zone of the expression (default UTC)", DefaultValueFactory = _ => "UTC" };
        var outlets = new Option<string[]>("--outlet") { Description = "Outlet to crawl (repeatable; default: every enabled outlet)", AllowMultipleArgumentsPerToken = true };
        var watch = new Option<string?>("--watch") { Description = "Topic watch the crawl serves" };
        var command = new Command("add", "Add a crawl schedule (needs a key)");
        command.Arguments.Add(id);
        command.Options.Add(cron);
        command.Options.Add(zone);
        command.Options.Add(outlets);
        command.Options.Add(watch);
        command.SetAction((p, ct) => connection.RunAsync(p, async c =>
        {
            var request = new ScheduleCrawlRequest { Id = p.GetValue(id)!, Cron = p.GetValue(cron)!, TimeZone = p.GetValue(zone)! };
            if (p.GetValue(watch) is { } w)
            {
                request.WatchId = w;
            }
            else
            {
                request.Outlets = new OutletList { Ids = { p.GetValue(outlets) ?? [] } };
            }

            var s = await c.Crawls.ScheduleCrawlAsync(request, c.Options(ct)).ConfigureAwait(false);
            Console.WriteLine($"Added schedule {s.Id}: '{s.Cron}' ({s.TimeZone}), next {Time(s.NextFireAt)}.");
            return 0;
        }));
        return command;
    }

    private static Command List(RemoteConnection connection)
    {
        var command = new Command("list", "List the crawl schedules and when each fires next");
        command.SetAction((p, ct) => connection.RunAsync(p, async c =>
        {
            var response = await c.Crawls.ListSchedulesAsync(new ListSchedulesRequest(), c.Options(ct)).ConfigureAwait(false);
            var table = new Table().Border(TableBorder.Simple).AddColumn(new TableColumn("schedule").NoWrap())
                .AddColumns("cron", "time zone", "outlets", "watch", "next fire", "last fire");
            foreach (var s in response.Schedules)
            {
                table.AddRow(Markup.Escape(s.Id), Markup.Escape(s.Cron), Markup.Escape(s.TimeZone),
                    Markup.Escape(s.OutletIds.Count == 0 ? "all enabled" : string.Join(", ", s.OutletIds)), Markup.Escape(s.WatchId.Length == 0 ? "-" : s.WatchId),
                    Time(s.NextFireAt), Time(s.PreviousFireAt));
            }

            AnsiConsole.Write(table);
            return 0;
        }));
        return command;
    }

    private static Command Remove(RemoteConnection connection)
    {
        var id = new Argument<string>("id") { Description = "Schedule id" };
        var command = new Command("remove", "Remove a crawl schedule (needs a key)");
        command.Arguments.Add(id);
        command.SetAction((p, ct) => connection.RunAsync(p, async c =>
        {
            await c.Crawls.DeleteScheduleAsync(new DeleteScheduleRequest { Id = p.GetValue(id)! }, c.Options(ct)).ConfigureAwait(false);
            Console.WriteLine($"Removed schedule {p.GetValue(id)}.");
            return 0;
        }));
        return command;
    }

    private static string Time(Google.Protobuf.WellKnownTypes.Timestamp? t) =>
        t is null ? "-" : t.ToDateTimeOffset().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
