using Compare.Server.Worker;
using Microsoft.Extensions.Options;

namespace Compare.Server.Grpc.Outlets;

/// <summary>
/// On a worker of a deployment of several processes: lays the stored outlet overrides over the configured outlets again
/// every <see cref="WorkerOptions.ScheduleSyncInterval"/>, so an outlet added, changed or removed through an api process
/// reaches the workers' crawls without a restart.
/// </summary>
internal sealed class OutletSyncService(OutletRegistry registry, IOptions<WorkerOptions> options, TimeProvider time, ILogger<OutletSyncService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.ScheduleSyncInterval;
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await registry.LoadAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    GrpcLog.OutletSyncFailed(logger, interval, ex.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
