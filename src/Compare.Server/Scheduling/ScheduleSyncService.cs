using Compare.Server.Worker;
using Microsoft.Extensions.Options;

namespace Compare.Server.Scheduling;

/// <summary>
/// Syncs the scheduler with the stored schedules at start and then every <see cref="WorkerOptions.ScheduleSyncInterval"/>,
/// so schedules the CLI adds to the database while the host runs are picked up.
/// </summary>
internal sealed class ScheduleSyncService(ScheduleSynchronizer synchronizer, IOptions<WorkerOptions> options, TimeProvider time, ILogger<ScheduleSyncService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.ScheduleSyncInterval;
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                await synchronizer.SyncAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                WorkerLog.ScheduleSyncFailed(logger, interval, ex.Message);
            }
        }
        while (await WaitAsync(timer, stoppingToken).ConfigureAwait(false));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
