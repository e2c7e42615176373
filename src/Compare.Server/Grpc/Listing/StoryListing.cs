using System.Globalization;
using Compare.Server.Grpc.Comparisons;
using Compare.Server.Grpc.Errors;
using Compare.Server.Grpc.Mapping;
using Compare.Storage;
using Compare.Storage.Stories;
using Microsoft.Extensions.Options;
using Proto = Compare.Protos.V1;

namespace Compare.Server.Grpc.Listing;

/// <summary>ListStories and GetStory: filters checked, pages read from the store by keyset, stories mapped.</summary>
internal sealed class StoryListing(ICompareStore store, IOptions<GrpcOptions> options)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
    private const int MaxWords = 10;

    public async Task<Proto.ListStoriesResponse> ListAsync(Proto.ListStoriesRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.PageSize is < 0 or > MaxPageSize)
        {
            throw RpcErrors.InvalidArgument("page_size", $"is {request.PageSize}; it must be 1..{MaxPageSize}, or 0 for {DefaultPageSize}");
        }

        var outlet = request.OutletId.Length == 0 ? null : Fields.Id(request.OutletId, "outlet_id");
        var after = Fields.Time(request.UpdatedAfter, "updated_after");
        var before = Fields.Time(request.UpdatedBefore, "updated_before");
        if (after is not null && before is not null && after >= before)
        {
            throw RpcErrors.InvalidArgument("updated_before", "is not after updated_after: the range is empty");
        }

        Fields.Text(request.Text, "text", options.Value.MaxQueryChars);
        var words = request.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxWords)
        {
            throw RpcErrors.InvalidArgument("text", $"has {words.Length} words; at most {MaxWords}");
        }

        var filters = string.Join('\u001f', outlet, after?.UtcTicks.ToString(CultureInfo.InvariantCulture), before?.UtcTicks.ToString(CultureInfo.InvariantCulture),
            string.Join(' ', words));
        var cursor = PageToken.Read(request.PageToken, filters);
        var size = request.PageSize == 0 ? DefaultPageSize : request.PageSize;
        // One more than the page, to know whether another page follows without a second query.
        var stories = await store.Stories.ListPageAsync(new StoryQuery(outlet, after, before, words, cursor, size + 1), cancellationToken).ConfigureAwait(false);
        var page = stories.Take(size).ToList();
        var response = new Proto.ListStoriesResponse { Stories = { page.Select(StoryMapping.ToSummary) } };
        if (stories.Count > size)
        {
            response.NextPageToken = PageToken.Make(new StoryCursor(page[^1].UpdatedAt, page[^1].Id), filters);
        }

        return response;
    }

    public async Task<Proto.Story> GetAsync(Proto.GetStoryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var story = await StoryLookup.GetOpenAsync(store, Fields.Id(request.Id, "id"), "id", cancellationToken).ConfigureAwait(false);
        var latest = await store.Snapshots.GetLatestAsync(story.Id, cancellationToken).ConfigureAwait(false);
        var claims = latest?.Comparison.Articles.ToDictionary(a => a.ArticleId, a => a.Claims, StringComparer.Ordinal) ?? [];
        var result = new Proto.Story { Summary = StoryMapping.ToSummary(story) };
        foreach (var id in await store.Stories.ListMembersAsync(story.Id, cancellationToken).ConfigureAwait(false))
        {
            if (await store.Articles.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } a)
            {
                result.Articles.Add(new Proto.ReportArticle
                {
                    Id = a.Article.Id,
                    OutletId = a.Article.OutletId,
                    Url = a.Article.CanonicalUrl.AbsoluteUri,
                    Title = a.Article.Title,
                    PublishedAt = Timestamps.FromOrNull(a.Article.PublishedAt),
                    Claims = claims.GetValueOrDefault(a.Article.Id),
                });
            }
        }

        return result;
    }
}
