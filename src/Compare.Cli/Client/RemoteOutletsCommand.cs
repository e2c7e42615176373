using System.CommandLine;
using Compare.Protos.V1;
using Spectre.Console;

namespace Compare.Cli.Client;

/// <summary><c>compare --server URL outlets list|add|remove</c>: the outlets the server crawls.</summary>
internal static class RemoteOutletsCommand
{
    public static Command Build(RemoteConnection connection)
    {
        var command = new Command("outlets", "Outlets the server crawls");
        command.Subcommands.Add(List(connection));
        command.Subcommands.Add(Add(connection));
        command.Subcommands.Add(Remove(connection));
        return command;
    }

    private static Command List(RemoteConnection connection)
    {
        var command = new Command("list", "List the outlets");
        command.SetAction((p, ct) => connection.RunAsync(p, async c =>
        {
            var response = await c.Crawls.ListOutletsAsync(new ListOutletsRequest(), c.Options(ct)).ConfigureAwait(false);
            var table = new Table().Border(TableBorder.Simple).AddColumn(new TableColumn("outlet").NoWrap()).AddColumns("name", "enabled", "sources");
            foreach (var o in response.Outlets)
            {
                table.AddRow(Markup.Escape(o.Id), Markup.Escape(o.Name), o.Enabled ? "yes" : "no",
                    Markup.Escape(string.Join(", ", o.Sources.Select(s => $"{s.Kind.ToString().ToLowerInvariant()} {s.Location}"))));
            }

            AnsiConsole.Write(table);
            return 0;
        }));
        return command;
    }

    private static Command Add(RemoteConnection connection)
    {
        var id = new Argument<string>("id") { Description = "Outlet id: lower-case letters, digits and dashes" };
        var name = new Option<string>("--name") { Description = "Display name", Required = true };
        var home = new Option<string>("--home") { Description = "Home page URL", Required = true };
        var feeds = new Option<string[]>("--feed") { Description = "Feed URL (repeatable)", AllowMultipleArgumentsPerToken = true };
        var sitemaps = new Option<string[]>("--sitemap") { Description = "Sitemap URL (repeatable)", AllowMultipleArgumentsPerToken = true };
        var language = new Option<string>("--language") { Description = "Language of its articles", DefaultValueFactory = _ => "en" };
        var disabled = new Option<bool>("--disabled") { Description = "Add it turned off (scheduled crawls skip it)" };
        var command = new Command("add", "Add or replace an outlet (needs a key)");
        command.Arguments.Add(id);
        command.Options.Add(name);
        command.Options.Add(home);
        command.Options.Add(feeds);
        command.Options.Add(sitemaps);
        command.Options.Add(language);
        command.Options.Add(disabled);
        command.SetAction((p, ct) => connection.RunAsync(p, async c =>
        {
            var outlet = new Outlet
            {
                Id = p.GetValue(id)!,
                Name = p.GetValue(name)!,
                HomeUrl = p.GetValue(home)!,
                Language = p.GetValue(language)!,
                Enabled = !p.GetValue(disabled),
            };
            outlet.Sources.AddRange((p.GetValue(feeds) ?? []).Select(f => new OutletSource { Kind = OutletSourceKind.Feed, Location = f }));
            outlet.Sources.AddRange((p.GetValue(sitemaps) ?? []).Select(s => new OutletSource { Kind = OutletSourceKind.Sitemap, Location = s }));
            var stored = await c.Crawls.UpsertOutletAsync(new UpsertOutletRequest { Outlet = outlet }, c.Options(ct)).ConfigureAwait(false);
            Console.WriteLine($"Outlet {stored.Id} ({stored.Name}) is set, {(stored.Enabled ? "enabled" : "disabled")}, {stored.Sources.Count} sources.");
            return 0;
        }));
        return command;
    }

    private static Command Remove(RemoteConnection connection)
    {
        var id = new Argument<string>("id") { Description = "Outlet id" };
        var command = new Command("remove", "Remove an outlet; its stored articles stay (needs a key)");
        command.Arguments.Add(id);
        command.SetAction((p, ct) => connection.RunAsync(p, async c =>
        {
            await c.Crawls.RemoveOutletAsync(new RemoveOutletRequest { Id = p.GetValue(id)! }, c.Options(ct)).ConfigureAwait(false);
            Console.WriteLine($"Removed outlet {p.GetValue(id)}.");
            return 0;
        }));
        return command;
    }
}
