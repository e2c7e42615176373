using System.CommandLine;
using System.Globalization;
using Compare.Server.Scheduling;
using Compare.Storage.Watches;
using Spectre.Console;

namespace Compare.Cli.Commands;

/// <summary><c>compare watch add|list|remove</c>: topic watches, whose matching articles the worker gathers and compares as one story.</summary>
internal static class WatchCommand
{
    public static Command Build()
    {
        var command = new Command("watch", "Topic watches: a query whose matching articles are compared as one story");
        var database = DatabaseOptions.AddTo(command);
        command.Subcommands.Add(Add(database));
        command.Subcommands.Add(List(database));
        command.Subcommands.Add(Remove(database));
        return command;
    }

    private static Command Add(DatabaseOptions database)
    {
        var id = new Argument<string>("id") { Description = "Watch id: lower-case letters, digits and dashes" };
        var query = new Option<string>("--query") { Description = "What to watch, in words: \"Hamas Iran funding\"", Required = true };
        var name = new Option<string?>("--name") { Description = "Display name (default: the query)" };
        var command = new Command("add", "Add a topic watch");
        command.Arguments.Add(id);
        command.Options.Add(query);
        command.Options.Add(name);
        command.SetAction((p, ct) => AddAsync(database, p, p.GetValue(id)!, p.GetValue(query)!, p.GetValue(name), ct));
        return command;
    }

    private static Command List(DatabaseOptions database)
    {
        var command = new Command("list", "List the topic watches");
        command.SetAction((p, ct) => database.RunAsync(p, ListAsync, ct));
        return command;
    }

    private static Command Remove(DatabaseOptions database)
    {
        var id = new Argument<string>("id") { Description = "Watch id" };
        var command = new Command("remove", "Remove a topic watch (its story and snapshots are kept, closed)");
        command.Arguments.Add(id);
        command.SetAction((p, ct) => database.RunAsync(p, (session, c) => RemoveAsync(session, p.GetValue(id)!, c), ct));
        return command;
    }

    private static async Task<int> AddAsync(
        DatabaseOptions database, ParseResult parse, string id, string query, string? name, CancellationToken cancellationToken)
    {
        var error = parse.InvocationConfiguration.Error;
        if (!ScheduleRules.IsId(id))
        {
            await error.WriteLineAsync($"compare: watch id '{id}' must be lower-case letters, digits and dashes").ConfigureAwait(false);
            return 2;
        }

        if (string.IsNullOrWhiteSpace(query))
        {
            await error.WriteLineAsync("compare: --query is empty: say in a few words what to watch").ConfigureAwait(false);
            return 2;
        }

        return await database.RunAsync(parse, async (session, ct) =>
        {
            var display = string.IsNullOrWhiteSpace(name) ? query.Trim() : name.Trim();
            var watch = new TopicWatch(id, display, query.Trim(), TimeProvider.System.GetUtcNow());
            if (!await session.Store.Watches.AddAsync(watch, ct).ConfigureAwait(false))
            {
                await session.Error.WriteLineAsync($"compare: watch '{id}' already exists; remove it first").ConfigureAwait(false);
                return 2;
            }

            await session.Output.WriteLineAsync(
                $"Added watch {id} ('{watch.Query}'): the worker gathers its articles as story {watch.StoryId} at its next cycle.")
                .ConfigureAwait(false);
            return 0;
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> ListAsync(StoreSession session, CancellationToken cancellationToken)
    {
        var table = StoreSession.Table("watch", "name", "query", "story", "articles", "added");
        foreach (var w in await session.Store.Watches.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            var story = await session.Store.Stories.GetAsync(w.StoryId, cancellationToken).ConfigureAwait(false);
            table.AddRow(Markup.Escape(w.Id), Markup.Escape(w.Name), Markup.Escape(w.Query), Markup.Escape(w.StoryId),
                story?.ArticleCount.ToString(CultureInfo.InvariantCulture) ?? "not gathered yet",
                w.CreatedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
        }

        session.Write(table);
        return 0;
    }

    private static async Task<int> RemoveAsync(StoreSession session, string id, CancellationToken cancellationToken)
    {
        if (!await session.Store.Watches.RemoveAsync(id, cancellationToken).ConfigureAwait(false))
        {
            await session.Error.WriteLineAsync($"compare: no watch '{id}' (see 'compare watch list')").ConfigureAwait(false);
            return 1;
        }

        await session.Output.WriteLineAsync($"Removed watch {id}.").ConfigureAwait(false);
        return 0;
    }
}
