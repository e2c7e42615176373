using Compare.Protos.V1;
using Compare.Server.Grpc.Crawls;
using Compare.Storage;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Quartz;

[assembly: AssemblyFixture(typeof(Compare.Server.Tests.Grpc.GrpcHostFixture))]

namespace Compare.Server.Tests.Grpc;

/// <summary>
/// One real host for every gRPC test (the embedding model loads once): Kestrel on 127.0.0.1:0, a temporary database, the
/// demo corpus crawled, grouped and compared at start, two API keys (read-write and read-only) and small inline limits.
/// Tests talk to it through a real <see cref="GrpcChannel"/>. The host's own log (Compare's categories from Information,
/// the rest at the levels the host's settings give) is kept in memory, so a start that stalls fails with what the worker did.
/// </summary>
public sealed class GrpcHostFixture : IAsyncLifetime
{
    public const string WriteKey = "test-key-read-write-0123456789";
    public const string ReadKey = "test-key-read-only-0123456789";
    public const int MaxInlineArticles = 6;
    public const int MaxArticleChars = 60_000;
    public const int MaxMessageBytes = 1024 * 1024;

    /// <summary>The demo topics: one story each once the first cycle is done.</summary>
    public static IReadOnlyList<string> Topics { get; } = Directory.GetDirectories(RepoPaths.Corpus)
        .Where(d => Directory.GetFiles(d, "*.html").Length > 0).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;

    private HostRun? _host;
    private GrpcChannel? _channel;

    internal HostRun Host => _host ?? throw new InvalidOperationException("the host is not started");

    public GrpcChannel Channel => _channel ?? throw new InvalidOperationException("the host is not started");

    public ComparisonService.ComparisonServiceClient Comparisons => new(Channel);

    public CrawlService.CrawlServiceClient Crawls => new(Channel);

    public static Metadata Key(string key) => new() { { "x-api-key", key } };

    public static CallOptions Writer(CancellationToken cancellationToken) => new(Key(WriteKey), cancellationToken: cancellationToken);

    public async ValueTask InitializeAsync()
    {
        _host = await HostRun.StartAsync(null, builder => builder.Logging
                .AddFakeLogging()
                .AddFilter<FakeLoggerProvider>("Compare", LogLevel.Information),
            "Grpc:ApiKeys:0:Name=writer", $"Grpc:ApiKeys:0:Key={WriteKey}", "Grpc:ApiKeys:0:Access=ReadWrite",
            "Grpc:ApiKeys:1:Name=reader", $"Grpc:ApiKeys:1:Key={ReadKey}", "Grpc:ApiKeys:1:Access=Read",
            $"Grpc:MaxInlineArticles={MaxInlineArticles}", $"Grpc:MaxArticleChars={MaxArticleChars}", $"Grpc:MaxMessageBytes={MaxMessageBytes}",
            "Worker:ScheduleSyncInterval=00:00:01");
        _channel = GrpcChannel.ForAddress(_host.Address, new GrpcChannelOptions { MaxSendMessageSize = null });
        await WaitForDemoStoriesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _channel?.Dispose();
        if (_host is not null)
        {
            await DrainAsync(_host);
            await _host.DisposeAsync();
            try
            {
                Directory.Delete(_host.Folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a finishing background task: the temp folder is left to the system.
            }
        }
    }

    /// <summary>
    /// Lets the worker finish what the tests started (triggered runs, schedule fires) before the host stops: a cycle cut off
    /// mid-embedding while the host disposes the embedding model can take the whole test process down.
    /// </summary>
    private static async Task DrainAsync(HostRun host)
    {
        await host.App.Services.GetRequiredService<CrawlRuns>().Last;
        var scheduler = await host.App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Shutdown(waitForJobsToComplete: true);
    }

    /// <summary>Waits until the run at start has compared one story per demo topic (each has several outlets).</summary>
    private async Task WaitForDemoStoriesAsync()
    {
        var store = Host.App.Services.GetRequiredService<ICompareStore>();
        var until = DateTime.UtcNow + TimeSpan.FromMinutes(8);
        while (DateTime.UtcNow < until)
        {
            var stories = await store.Stories.ListAsync(CancellationToken.None);
            if (stories.Count(s => s.SnapshotVersion is not null) >= Topics.Count)
            {
                return;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"the host did not compare {Topics.Count} demo stories within 8 minutes.\n" +
            await DescribeAsync(store));
    }

    /// <summary>The stories stored so far and the host's log, for a start that did not finish.</summary>
    private async Task<string> DescribeAsync(ICompareStore store)
    {
        var lines = new List<string>();
        foreach (var story in await store.Stories.ListAsync(CancellationToken.None))
        {
            lines.Add($"story {story.Id} ({story.Label}): {story.ArticleCount} articles from {story.OutletIds.Count} outlets, " +
                $"snapshot {(story.SnapshotVersion is { } v ? $"v{v}" : "none")}, updated {story.UpdatedAt:O}");
        }

        lines.Add("host log (the last 200 lines at most):");
        lines.AddRange(Host.App.Services.GetRequiredService<FakeLogCollector>().GetSnapshot().TakeLast(200)
            .Select(r => $"{r.Timestamp:HH:mm:ss.fff} {r.Level} {r.Category}: {r.Message}{(r.Exception is null ? "" : " " + r.Exception)}"));
        return string.Join('\n', lines);
    }
}
