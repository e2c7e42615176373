using System.CommandLine;

namespace Compare.Cli.Client;

/// <summary>
/// <c>compare --server URL &lt;command&gt;</c>: the client mode. The same commands as offline (compare, report, stories,
/// outlets, schedule, watch), answered by a running server over gRPC instead of the local database.
/// </summary>
internal static class RemoteCommand
{
    public const string ServerOption = "--server";

    /// <summary>True when the command line asks for a server (<c>--server URL</c> or <c>--server=URL</c>).</summary>
    public static bool Requested(IReadOnlyList<string> args) =>
        args.Any(a => a == ServerOption || a.StartsWith(ServerOption + "=", StringComparison.Ordinal));

    /// <summary>
    /// The client's root. Not a <see cref="RootCommand"/>: that one is named after the program, "compare", like the client's
    /// own <c>compare</c> subcommand, and System.CommandLine refuses two tokens of one name.
    /// </summary>
    public static Command Build()
    {
        var server = new Option<Uri>(ServerOption)
        {
            Description = "The Compare server, e.g. http://127.0.0.1:5000 (https:// when it has a certificate)",
            Required = true,
            Recursive = true,
            CustomParser = r => Uri.TryCreate(r.Tokens.Single().Value, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"
                ? u
                : ParseError(r, $"--server '{r.Tokens.Single().Value}' is not an http(s) URL such as http://127.0.0.1:5000"),
        };
        var key = new Option<string?>("--api-key")
        {
            Description = "API key for calls that change state (default: $COMPARE_API_KEY, then ./data/api-key, which the server writes when no key is configured)",
            Recursive = true,
        };
        var connection = new RemoteConnection(server, key);
        var root = new Command("compare-client", "Compare client: the commands of 'compare', answered by a running Compare server over gRPC.");
        root.Options.Add(new System.CommandLine.Help.HelpOption());
        root.Options.Add(server);
        root.Options.Add(key);
        root.Subcommands.Add(RemoteCompareCommand.Build(connection));
        root.Subcommands.Add(RemoteReportCommand.Build(connection));
        root.Subcommands.Add(RemoteStoriesCommand.Build(connection));
        root.Subcommands.Add(RemoteOutletsCommand.Build(connection));
        root.Subcommands.Add(RemoteScheduleCommand.Build(connection));
        root.Subcommands.Add(RemoteWatchCommand.Build(connection));
        root.Subcommands.Add(RemoteBenchCommand.Build(connection));
        return root;
    }

    private static Uri ParseError(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return new Uri("http://invalid");
    }
}
