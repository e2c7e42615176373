using System.Net;
using Compare.Crawling.Configuration;
using Compare.Crawling.Extraction;
using Compare.Crawling.Http;
using Compare.Crawling.Pipeline;
using Compare.Crawling.Robots;
using Compare.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Compare.Crawling;

public static class CrawlingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the crawler: options (<c>Crawler</c>, <c>Outlets</c>) validated on start, the typed fetch client with the
    /// standard resilience handler (per-authority pipelines, Retry-After honoured), robots.txt, extraction and
    /// <see cref="CrawlService"/>. Needs an <see cref="IConfiguration"/> and adds the store (<see cref="StorageServiceCollectionExtensions.AddCompareStorage"/>).
    /// </summary>
    public static IServiceCollection AddCompareCrawling(this IServiceCollection services)
    {
        services.AddCompareStorage();
        services.AddOptions<CrawlerOptions>().BindConfiguration(CrawlerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OutletsOptions>()
            .Configure<IConfiguration>((o, configuration) => configuration.GetSection(OutletsOptions.SectionName).Bind(o.Outlets))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OutletsOptions>, OutletsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutletCatalog>();
        services.TryAddSingleton<HostGate>();
        services.TryAddSingleton<ArticleExtractor>();
        services.TryAddSingleton<RobotsService>();
        services.TryAddSingleton<UrlStateRecorder>();
        services.TryAddSingleton<ArticleSaver>();
        services.TryAddTransient<SourceDiscovery>();
        services.TryAddTransient<PageProcessor>();
        services.TryAddTransient<PageWorker>();
        // CrawlService is public but its parts are not, so its constructor is internal and DI needs a factory.
        services.TryAddTransient(sp => new CrawlService(
            sp.GetRequiredService<OutletCatalog>(),
            sp.GetRequiredService<SourceDiscovery>(),
            sp.GetRequiredService<PageWorker>(),
            sp.GetRequiredService<ICompareStore>(),
            sp.GetRequiredService<IOptions<CrawlerOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<CrawlService>>()));

        services.AddHttpClient<PageFetcher>((sp, client) =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd(sp.GetRequiredService<IOptions<CrawlerOptions>>().Value.UserAgentHeader);
            })
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                // Redirects are followed by PageFetcher so every hop passes the host and SSRF checks.
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
                UseCookies = false,
                ConnectCallback = GuardedConnector.ConnectAsync,
                ConnectTimeout = sp.GetRequiredService<IOptions<CrawlerOptions>>().Value.AttemptTimeout,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .AddStandardResilienceHandler()
            .Configure((resilience, sp) => ConfigureResilience(resilience, sp.GetRequiredService<IOptions<CrawlerOptions>>().Value))
            .SelectPipelineByAuthority();
        return services;
    }

    private static void ConfigureResilience(HttpStandardResilienceOptions resilience, CrawlerOptions o)
    {
        resilience.AttemptTimeout.Timeout = o.AttemptTimeout;
        resilience.TotalRequestTimeout.Timeout = o.RequestTimeout;
        resilience.Retry.MaxRetryAttempts = Math.Max(1, o.MaxRetries);
        resilience.Retry.Delay = o.RetryBaseDelay;
        resilience.Retry.MaxDelay = o.MaxRetryDelay;
        resilience.Retry.ShouldRetryAfterHeader = true;
        var transient = resilience.Retry.ShouldHandle;
        // A refusal of the SSRF guard is final; retrying it would only repeat the refusal. MaxRetries 0 means no retry at all.
        resilience.Retry.ShouldHandle = args => o.MaxRetries == 0 || args.Outcome.Exception?.InnerException is BlockedAddressException
            ? ValueTask.FromResult(false)
            : transient(args);
        resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(30).Ticks, o.AttemptTimeout.Ticks * 2));
    }
}
