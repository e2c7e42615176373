using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Compare.Server.Worker;

/// <summary>
/// The in-process <see cref="IComparisonFeed"/>: one bounded channel per listener, so a slow listener never holds up the
/// worker; when a listener falls <see cref="Capacity"/> comparisons behind, its oldest unread ones are dropped.
/// </summary>
internal sealed class ComparisonFeed : IComparisonFeed
{
    public const int Capacity = 256;

    private readonly Lock _gate = new();
    private readonly List<Channel<ComparisonStored>> _listeners = [];

    public int Listeners
    {
        get
        {
            lock (_gate)
            {
                return _listeners.Count;
            }
        }
    }

    public void Publish(ComparisonStored stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        lock (_gate)
        {
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(stored);
            }
        }
    }

    public async IAsyncEnumerable<ComparisonStored> SubscribeAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<ComparisonStored>(
            new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        lock (_gate)
        {
            _listeners.Add(channel);
        }

        try
        {
            await foreach (var stored in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return stored;
            }
        }
        finally
        {
            lock (_gate)
            {
                _listeners.Remove(channel);
            }
        }
    }
}
