using Compare.Core.Analysis;
using Compare.Core.Analysis.Embeddings;

namespace Compare.Server.Analysis;

/// <summary>
/// The host's MiniLM embedder, loaded at first use and released only once no call is inside it: ONNX Runtime cannot
/// stop a batch half-way, and freeing its session under a running batch (a cycle still embedding when the host stops)
/// would crash the process instead of letting it exit.
/// </summary>
internal sealed class GuardedEmbedder : ITextEmbedder, IAsyncDisposable, IDisposable
{
    private static readonly TimeSpan MaxWaitForCalls = TimeSpan.FromSeconds(30);

    private readonly Lazy<MiniLmEmbedder> _inner = new(() => new MiniLmEmbedder(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lock _lock = new();
    private int _calls;
    private bool _disposed;

    public int Dimensions => _inner.Value.Dimensions;

    public string ModelName => _inner.Value.ModelName;

    public async Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _calls++;
        }

        try
        {
            return await _inner.Value.EmbedAsync(texts, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lock (_lock)
            {
                _calls--;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        lock (_lock)
        {
            _disposed = true;
        }

        var until = DateTime.UtcNow + MaxWaitForCalls;
        while (Calls() > 0 && DateTime.UtcNow < until)
        {
            await Task.Delay(20, CancellationToken.None).ConfigureAwait(false);
        }

        if (_inner.IsValueCreated && Calls() == 0)
        {
            _inner.Value.Dispose();
        }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private int Calls()
    {
        lock (_lock)
        {
            return _calls;
        }
    }
}
