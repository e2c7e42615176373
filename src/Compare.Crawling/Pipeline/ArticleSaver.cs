using Compare.Core.Domain;
using Compare.Crawling.Configuration;
using Compare.Crawling.Dedup;
using Compare.Crawling.Extraction;
using Compare.Crawling.Revisions;
using Compare.Storage;
using Compare.Storage.Articles;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Compare.Crawling.Pipeline;

/// <summary>
/// Stores an extracted article: a new revision with a diff summary when the text changed, and for a new article a
/// near-duplicate search, so a syndicated copy points at the earliest stored version of the story.
/// </summary>
internal sealed class ArticleSaver(ICompareStore store, IOptions<CrawlerOptions> options, TimeProvider time, ILogger<ArticleSaver> logger)
    : IDisposable
{
    // Saves are serialized, so every article stored before this one is visible to its near-duplicate search and the
    // first stored copy of a story is always the original.
    private readonly SemaphoreSlim _saveLock = new(1, 1);

    /// <summary>Below this many tokens a SimHash says little, so short texts are not matched.</summary>
    private const int MinTokensForNearDuplicates = 20;

    public async Task<(ArticleSaveOutcome Outcome, string? DuplicateOf, string ArticleId)> SaveAsync(
        Article article, string? siteName, CancellationToken cancellationToken)
    {
        await _saveLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await SaveLockedAsync(article, siteName, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _saveLock.Release();
        }
    }

    public void Dispose() => _saveLock.Dispose();

    private async Task<(ArticleSaveOutcome Outcome, string? DuplicateOf, string ArticleId)> SaveLockedAsync(
        Article article, string? siteName, CancellationToken cancellationToken)
    {
        var existing = await store.Articles.GetByUrlAsync(article.CanonicalUrl, cancellationToken).ConfigureAwait(false);
        var diff = existing is not null && existing.TextHash != ContentHash.Of(article.Text)
            ? RevisionDiff.Summarize(existing.Article.Text, article.Text)
            : null;
        var simHash = SimHash.Of(article.Text);
        var result = await store.Articles.SaveAsync(new ArticleWrite(article, siteName, simHash, time.GetUtcNow(), diff), cancellationToken)
            .ConfigureAwait(false);
        string? original = null;
        if (result.Outcome == ArticleSaveOutcome.New && TokenF1.Tokens(article.Text).Take(MinTokensForNearDuplicates).Count() == MinTokensForNearDuplicates)
        {
            original = await FindOriginalAsync(result.Article, cancellationToken).ConfigureAwait(false);
            if (original is not null)
            {
                await store.Articles.MarkDuplicateAsync(result.Article.Article.Id, original, cancellationToken).ConfigureAwait(false);
            }
        }

        return (result.Outcome, original, result.Article.Article.Id);
    }

    /// <summary>
    /// The earliest article stored before this one (by first sight, then id) within the SimHash distance, or null. Saves are
    /// serialized in one process only: a worker in another process may have stored a near-duplicate at the same moment, which
    /// could not see this one. Of two such saves at least one sees the other, so the later of the pair is marked here, by
    /// whichever save sees it, and the original is always the one first seen.
    /// </summary>
    private async Task<string?> FindOriginalAsync(StoredArticle stored, CancellationToken cancellationToken)
    {
        var candidates = await store.Articles.FindSimHashCandidatesAsync(stored.SimHash, cancellationToken).ConfigureAwait(false);
        var near = candidates
            .Where(c => c.ArticleId != stored.Article.Id)
            .Select(c => (Candidate: c, Distance: SimHash.Distance(c.SimHash, stored.SimHash)))
            .Where(x => x.Distance <= options.Value.NearDuplicateDistance)
            .ToList();
        var earlier = near
            .Where(x => x.Candidate.FirstSeenAt <= stored.FirstSeenAt && x.Candidate.DuplicateOf != stored.Article.Id)
            .OrderBy(x => x.Candidate.FirstSeenAt)
            .ThenBy(x => x.Candidate.ArticleId, StringComparer.Ordinal)
            .FirstOrDefault();
        if (earlier.Candidate is not null)
        {
            var original = earlier.Candidate.DuplicateOf ?? earlier.Candidate.ArticleId;
            CrawlingLog.NearDuplicate(logger, stored.Article.Id, stored.Article.CanonicalUrl, original, earlier.Distance);
            return original;
        }

        // Stored after this one by another worker that did not see it yet: that one is the copy.
        foreach (var (later, distance) in near.Where(x => x.Candidate.FirstSeenAt > stored.FirstSeenAt && x.Candidate.DuplicateOf is null))
        {
            await store.Articles.MarkDuplicateAsync(later.ArticleId, stored.Article.Id, cancellationToken).ConfigureAwait(false);
            CrawlingLog.NearDuplicateOfLater(logger, later.ArticleId, stored.Article.Id, distance);
        }

        return null;
    }
}
