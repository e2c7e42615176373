using Compare.Storage;
using Compare.Storage.UrlStates;

namespace Compare.Crawling.Pipeline;

/// <summary>Writes the outcome of each URL to the store: validators and article on success, the error on failure, keeping what was known.</summary>
internal sealed class UrlStateRecorder(ICompareStore store, TimeProvider time)
{
    public Task SucceededAsync(
        string outletId, string url, int status, string? etag, string? lastModified, string? articleId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return store.UrlStates.SaveAsync(new UrlState(url, outletId, etag, lastModified, status, now, now, null, 0, articleId), cancellationToken);
    }

    /// <summary>Records a failure; validators and the article of the last success stay, so nothing stored is lost.</summary>
    public async Task FailedAsync(string outletId, string url, int status, string error, UrlState? previous, CancellationToken cancellationToken)
    {
        previous ??= await store.UrlStates.GetAsync(url, cancellationToken).ConfigureAwait(false);
        var state = new UrlState(
            url, outletId, previous?.ETag, previous?.LastModified, status, time.GetUtcNow(), previous?.LastSuccessAt, error,
            (previous?.ErrorCount ?? 0) + 1, previous?.ArticleId);
        await store.UrlStates.SaveAsync(state, cancellationToken).ConfigureAwait(false);
    }
}
