using System.Text.Json;
using System.Threading.Channels;
using Compare.Core.Stories.Changes;
using Compare.Storage;
using Npgsql;

namespace Compare.Server.Worker;

/// <summary>
/// The <see cref="IComparisonFeed"/> of a deployment of several processes on PostgreSQL. The database announces every
/// stored snapshot on the channel <see cref="Channel"/> (a trigger on the snapshot table, so the announcement commits with
/// the snapshot, whichever process stored it); every process LISTENs on one connection of its own, loads the snapshot and
/// the one before it, and hands them to its local listeners (the WatchFindings streams). So a stream on any api process
/// sees what any worker stored. <see cref="Publish"/> is therefore a no-op here: the database has already told everyone.
/// </summary>
internal sealed class PostgresComparisonFeed(NpgsqlDataSource source, ICompareStore store, TimeProvider time, ILogger<PostgresComparisonFeed> logger)
    : BackgroundService, IComparisonFeed
{
    /// <summary>The channel the snapshot trigger notifies; the payload is <c>{"story": id, "version": n}</c>.</summary>
    public const string Channel = "compare_snapshots";

    private static readonly JsonSerializerOptions NoteOptions = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    private readonly ComparisonFeed _local = new();
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the first LISTEN is in place (tests wait for it before storing).</summary>
    internal Task Listening => _listening.Task;

    public void Publish(ComparisonStored stored)
    {
        // Announced by the database when the snapshot committed; publishing here as well would deliver it twice.
    }

    public IAsyncEnumerable<ComparisonStored> SubscribeAsync(CancellationToken cancellationToken) => _local.SubscribeAsync(cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var payloads = System.Threading.Channels.Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        var delivering = DeliverAsync(payloads.Reader, stoppingToken);
        var backoff = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var connection = await source.OpenConnectionAsync(stoppingToken).ConfigureAwait(false);
                await using (connection.ConfigureAwait(false))
                {
                    connection.Notification += (_, e) => payloads.Writer.TryWrite(e.Payload);
                    await using (var listen = new NpgsqlCommand("LISTEN " + Channel, connection))
                    {
                        await listen.ExecuteNonQueryAsync(stoppingToken).ConfigureAwait(false);
                    }

                    WorkerLog.FeedListening(logger, Channel);
                    _listening.TrySetResult();
                    backoff = TimeSpan.FromSeconds(1);
                    while (true)
                    {
                        await connection.WaitAsync(stoppingToken).ConfigureAwait(false);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or IOException or TimeoutException)
            {
                WorkerLog.FeedLost(logger, Channel, backoff, ex.Message);
                try
                {
                    await Task.Delay(backoff, time, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                backoff = backoff * 2 > MaxBackoff ? MaxBackoff : backoff * 2;
            }
        }

        payloads.Writer.TryComplete();
        await delivering.ConfigureAwait(false);
    }

    private async Task DeliverAsync(ChannelReader<string> payloads, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var payload in payloads.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    if (await LoadAsync(payload, cancellationToken).ConfigureAwait(false) is { } stored)
                    {
                        _local.Publish(stored);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    WorkerLog.FeedSkipped(logger, Channel, $"{ex.GetType().Name}: {ex.Message}");
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task<ComparisonStored?> LoadAsync(string payload, CancellationToken cancellationToken)
    {
        if (_local.Listeners == 0)
        {
            return null;
        }

        var note = JsonSerializer.Deserialize<SnapshotNote>(payload, NoteOptions)
            ?? throw new JsonException($"payload '{payload}' is not a snapshot note");
        var current = await store.Snapshots.GetAsync(note.Story, note.Version, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return null;
        }

        var previous = note.Version > 1 ? await store.Snapshots.GetAsync(note.Story, note.Version - 1, cancellationToken).ConfigureAwait(false) : null;
        var story = await store.Stories.GetAsync(note.Story, cancellationToken).ConfigureAwait(false);
        var diff = previous is null ? null : ComparisonDiffer.Diff(previous.Comparison, current.Comparison);
        return new ComparisonStored(note.Story, story?.Label ?? current.Comparison.Label, previous?.Comparison, current.Comparison, diff);
    }

    private sealed record SnapshotNote(string Story, int Version);
}
