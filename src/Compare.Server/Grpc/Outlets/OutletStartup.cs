namespace Compare.Server.Grpc.Outlets;

/// <summary>
/// Lays the stored outlet overrides over the configured outlets when the host starts. Registered ahead of the other hosted
/// services, so the scheduler's first run (the run at start) already crawls the outlets as the API left them.
/// </summary>
internal sealed class OutletStartup(OutletRegistry registry) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => registry.LoadAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
