using System.Text;
using Compare.Reports;
using Compare.Server.Grpc.Errors;
using Compare.Storage;
using Microsoft.Extensions.Caching.Memory;

namespace Compare.Server.Grpc.Comparisons;

/// <summary>
/// A story's latest stored comparison, rendered. A rendering is kept in memory by story, snapshot version and format
/// (up to <see cref="CacheBytes"/> in all), so a repeated request costs one story lookup; a new snapshot makes a new key.
/// </summary>
internal sealed class ReportService(ICompareStore store) : IDisposable
{
    public const long CacheBytes = 64L * 1024 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = CacheBytes });

    public async Task<RenderedBytes> GetAsync(string storyId, ReportFormat format, CancellationToken cancellationToken)
    {
        var story = await StoryLookup.GetOpenAsync(store, storyId, "story_id", cancellationToken).ConfigureAwait(false);
        if (story.SnapshotVersion is not { } version)
        {
            throw RpcErrors.NotFound(story.OutletIds.Count < 2
                ? $"story_id: story '{storyId}' is covered by one outlet and is not compared, so it has no report"
                : $"story_id: story '{storyId}' has not been compared yet; the worker compares it in its next cycle");
        }

        if (_cache.TryGetValue((storyId, version, format), out RenderedBytes? hit) && hit is not null)
        {
            return hit;
        }

        var snapshot = await store.Snapshots.GetLatestAsync(storyId, cancellationToken).ConfigureAwait(false)
            ?? throw RpcErrors.NotFound($"story_id: story '{storyId}' has no stored comparison");
        var rendered = new RenderedBytes(storyId, format, Utf8.GetBytes(ReportRenderer.Render(snapshot.Comparison, format)), snapshot.Comparison.ComparedAt);
        _cache.Set((storyId, snapshot.Version, format), rendered, new MemoryCacheEntryOptions { Size = rendered.Content.Length + 256 });
        return rendered;
    }

    public void Dispose() => _cache.Dispose();
}
