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
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Remove());
        return command;
    }

    private static Command Add()
    {
        var id = new Argument<string>("id") { Description = "Watch id: lower-case letters, digits and dashes" };
        var query = new Option<string>("--query") { Description = "What to watch, in words: \"Hamas Iran funding\"", Required = true };
        var name = new Option<string?>("--name") { Description = "Display name (default: the query)" };
        var db = StoriesCommand.DatabaseOption();
        var command = new Command("add", "Add a topic watch");
        command.Arguments.Add(id);
        command.Options.Add(query);
        command.Options.Add(name);
        command.Options.Add(db);
        command.SetAction((p, ct) => AddAsync(p.GetValue(id)!, p.GetValue(query)!, p.GetValue(name), p.GetValue(db), ct));
        return command;
    }

    private static Command List()
    {
        var db = StoriesCommand.DatabaseOption();
        var command = new Command("list", "List the topic watches");
        command.Options.Add(db);
        command.SetAction((p, ct) => ListAsync(p.GetValue(db), ct));
        return command;
    }

    private static Command Remove()
    {
        var id = new Argument<string>("id") { Description = "Watch id" };
        var db = StoriesCommand.DatabaseOption();
        var command = new Command("remove", "Remove a topic watch (its story and snapshots are kept, closed)");
        command.Arguments.Add(id);
        command.Options.Add(db);
        command.SetAction((p, ct) => RemoveAsync(p.GetValue(id)!, p.GetValue(db), ct));
        return command;
    }

    private static async Task<int> AddAsync(string id, string query, string? name, FileInfo? db, CancellationToken cancellationToken)
    {
        if (!ScheduleRules.IsId(id))
        {
            Console.Error.WriteLine($"compare: watch id '{id}' must be lower-case letters, digits and dashes");
            return 2;
        }

        if (string.IsNullOrWhiteSpace(query))
        {
            Console.Error.WriteLine("compare: --query is empty: say in a few words what to watch");
            return 2;
        }

        using var store = StoriesCommand.OpenStore(db);
        if (store is null)
        {
            return 2;
        }

        var watch = new TopicWatch(id, string.IsNullOrWhiteSpace(name) ? query.Trim() : name.Trim(), query.Trim(), TimeProvider.System.GetUtcNow());
        if (!await store.Watches.AddAsync(watch, cancellationToken).ConfigureAwait(false))
        {
            Console.Error.WriteLine($"compare: watch '{id}' already exists; remove it first");
            return 2;
        }

        Console.WriteLine($"Added watch {id} ('{watch.Query}'): the worker gathers its articles as story {watch.StoryId} at its next cycle.");
        return 0;
    }

    private static async Task<int> ListAsync(FileInfo? db, CancellationToken cancellationToken)
    {
        using var store = StoriesCommand.OpenStore(db);
        if (store is null)
        {
            return 2;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumn(new TableColumn("watch").NoWrap()).AddColumns("name", "query", "story", "articles", "added");
        foreach (var w in await store.Watches.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            var story = await store.Stories.GetAsync(w.StoryId, cancellationToken).ConfigureAwait(false);
            table.AddRow(Markup.Escape(w.Id), Markup.Escape(w.Name), Markup.Escape(w.Query), Markup.Escape(w.StoryId),
                story?.ArticleCount.ToString(CultureInfo.InvariantCulture) ?? "not gathered yet",
                w.CreatedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
        return 0;
    }

    private static async Task<int> RemoveAsync(string id, FileInfo? db, CancellationToken cancellationToken)
    {
        using var store = StoriesCommand.OpenStore(db);
        if (store is null)
        {
            return 2;
        }

        if (!await store.Watches.RemoveAsync(id, cancellationToken).ConfigureAwait(false))
        {
            Console.Error.WriteLine($"compare: no watch '{id}' (see 'compare watch list')");
            return 1;
        }

        Console.WriteLine($"Removed watch {id}.");
        return 0;
    }
}
