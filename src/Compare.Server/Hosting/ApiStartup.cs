using Compare.Storage;

namespace Compare.Server.Hosting;

/// <summary>An api process's start: the shared database is created or upgraded (under the store's lock) before the first call.</summary>
internal sealed class ApiStartup(ICompareStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
