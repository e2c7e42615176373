using Compare.Cli.Client;
using Compare.Cli.Commands;

// With --server the commands are answered by a running server over gRPC; without, by the local database and files.
System.CommandLine.Command root = RemoteCommand.Requested(args) ? RemoteCommand.Build() : CompareCommand.Build();
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
