using Compare.Crawling.Configuration;
using Compare.Crawling.Pipeline;
using Microsoft.Extensions.Options;

namespace Compare.Server.Worker;

/// <summary>
/// Helps with the work other processes put on the shared queue: pages of any crawl run, then stale stories, over and over;
/// when there is nothing to claim it looks again after <see cref="CrawlerOptions.WorkPollInterval"/>. This is how a worker
/// whose schedules fire elsewhere still crawls, and how a run whose process died gets finished.
/// </summary>
internal sealed class WorkDrainService(
    IServiceProvider services, ComparisonRefresher comparisons, IOptions<CrawlerOptions> options, TimeProvider time, ILogger<WorkDrainService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var busy = false;
            try
            {
                // CrawlService is transient (its parts hold per-run state): one per round.
                busy = await services.GetRequiredService<CrawlService>().WorkOnceAsync(stoppingToken).ConfigureAwait(false) > 0;
                busy |= await comparisons.WorkOnceAsync(null, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                WorkerLog.SharedWorkFailed(logger, $"{ex.GetType().Name}: {ex.Message}");
            }

            if (!busy)
            {
                try
                {
                    await Task.Delay(options.Value.WorkPollInterval, time, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
