using System.CommandLine;
using System.Globalization;
using Compare.Protos.V1;
using Grpc.Core;
using Spectre.Console;

namespace Compare.Cli.Client;

/// <summary>
/// <c>compare --server URL watch add|list|remove</c> for topic watches, and <c>watch findings [--story ID]</c>, which prints
/// new, changed and resolved findings as the server's worker refreshes comparisons, until Ctrl+C.
/// </summary>
internal static class RemoteWatchCommand
{
    public static Command Build(RemoteConnection connection)
    {
        var command = new Command("watch", "Topic watches, and the stream of findings as comparisons are refreshed");
        command.Subcommands.Add(Add(connection));
        command.Subcommands.Add(List(connection));
        command.Subcommands.Add(Remove(connection));
        command.Subcommands.Add(Findings(connection));
        return command;
    }

    private static Command Add(RemoteConnection connection)
    {
        var id = new Argument<string>("id") { Description = "Watch id: lower-case letters, digits and dashes" };
        var query = new Option<string>("--query") { Description = "What to watch, in words: \"Hamas Iran funding\"", Required = true };
        var name = new Option<string?>("--name") { Description = "Display name (default: the query)" };
        var command = new Command("add", "Add a topic watch (needs a key)");
        command.Arguments.Add(id);
        command.Options.Add(query);
        command.Options.Add(name);
        command.SetAction((p, ct) => connection.RunAsync(p, async c =>
        {
            var w = await c.Comparisons.AddTopicWatchAsync(
                new AddTopicWatchRequest { Id = p.GetValue(id)!, Query = p.GetValue(query)!, Name = p.GetValue(name) ?? string.Empty }, c.Options(ct)).ConfigureAwait(false);
            Console.WriteLine($"Added watch {w.Id} ('{w.Query}'): the worker gathers its articles as story {w.StoryId} at its next cycle.");
            return 0;
        }));
        return command;
    }

    private static Command List(RemoteConnection connection)
    {
        var command = new Command("list", "List the topic watches");
        command.SetAction((p, ct) => connection.RunAsync(p, async c =>
        {
            var response = await c.Comparisons.ListTopicWatchesAsync(new ListTopicWatchesRequest(), c.Options(ct)).ConfigureAwait(false);
            var table = new Table().Border(TableBorder.Simple).AddColumn(new TableColumn("watch").NoWrap()).AddColumns("name", "query", "story", "added");
            foreach (var w in response.Watches)
            {
                table.AddRow(Markup.Escape(w.Id), Markup.Escape(w.Name), Markup.Escape(w.Query), Markup.Escape(w.StoryId),
                    w.CreatedAt.ToDateTimeOffset().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
            return 0;
        }));
        return command;
    }

    private static Command Remove(RemoteConnection connection)
    {
        var id = new Argument<string>("id") { Description = "Watch id" };
        var command = new Command("remove", "Remove a topic watch; its story and snapshots are kept, closed (needs a key)");
        command.Arguments.Add(id);
        command.SetAction((p, ct) => connection.RunAsync(p, async c =>
        {
            await c.Comparisons.RemoveTopicWatchAsync(new RemoveTopicWatchRequest { Id = p.GetValue(id)! }, c.Options(ct)).ConfigureAwait(false);
            Console.WriteLine($"Removed watch {p.GetValue(id)}.");
            return 0;
        }));
        return command;
    }

    private static Command Findings(RemoteConnection connection)
    {
        var story = new Option<string?>("--story") { Description = "Only this story (default: all)" };
        var command = new Command("findings", "Print new, changed and resolved findings as the server refreshes comparisons, until Ctrl+C");
        command.Options.Add(story);
        command.SetAction((p, ct) => connection.RunAsync(p, async c =>
        {
            using var call = c.Comparisons.WatchFindings(new WatchFindingsRequest { StoryId = p.GetValue(story) ?? string.Empty }, c.Options(ct));
            await call.ResponseHeadersAsync.ConfigureAwait(false);
            await Console.Error.WriteLineAsync("Watching findings; Ctrl+C to stop.").ConfigureAwait(false);
            try
            {
                await foreach (var e in call.ResponseStream.ReadAllAsync(ct).ConfigureAwait(false))
                {
                    Console.WriteLine($"{e.ComparedAt.ToDateTimeOffset():HH:mm:ss} {e.StoryId} {e.Change.ToString().ToUpperInvariant()} " +
                        $"{e.Finding.Kind.ToString().ToLowerInvariant()}: {e.Finding.Summary} ({e.Detail})");
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return 0;
            }

            return 0;
        }));
        return command;
    }
}
