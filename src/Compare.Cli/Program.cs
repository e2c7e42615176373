using Compare.Cli.Commands;

return await CompareCommand.Build().Parse(args).InvokeAsync().ConfigureAwait(false);
