using Compare.Server.Hosting;

var app = CompareHost.Build(args);
await app.RunAsync().ConfigureAwait(false);
