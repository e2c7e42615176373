using Compare.Server.Grpc.Comparisons;
using Compare.Server.Grpc.Listing;
using Compare.Server.Grpc.Mapping;
using Compare.Server.Grpc.Watches;
using Compare.Server.Worker;
using Compare.Storage;
using Google.Protobuf;
using Grpc.Core;
using Compare.Server.Grpc.Errors;
using Proto = Compare.Protos.V1;

namespace Compare.Server.Grpc.Services;

/// <summary><c>compare.v1.ComparisonService</c>: validate, map, delegate.</summary>
internal sealed class ComparisonGrpcService(
    CompareRequestReader reader,
    ComparisonRunner runner,
    ReportService reports,
    StoryListing listing,
    TopicWatches watches,
    IComparisonFeed feed,
    ICompareStore store) : Proto.ComparisonService.ComparisonServiceBase
{
    public override async Task<Proto.ComparisonReport> Compare(Proto.CompareRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var outcome = await runner.RunAsync(reader.Read(request), null, context.CancellationToken).ConfigureAwait(false);
        return ReportMapping.ToProto(outcome.Comparison, outcome.Stored);
    }

    public override async Task CompareStream(Proto.CompareRequest request, IServerStreamWriter<Proto.CompareEvent> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(responseStream);
        ArgumentNullException.ThrowIfNull(context);
        var target = reader.Read(request);
        var progress = new StreamProgress();
        var run = Task.Run(async () =>
        {
            try
            {
                return await runner.RunAsync(target, progress, context.CancellationToken).ConfigureAwait(false);
            }
            finally
            {
                progress.Complete();
            }
        }, context.CancellationToken);

        await foreach (var e in progress.Events.ReadAllAsync(context.CancellationToken).ConfigureAwait(false))
        {
            await responseStream.WriteAsync(e, context.CancellationToken).ConfigureAwait(false);
        }

        var outcome = await run.ConfigureAwait(false);
        await responseStream.WriteAsync(new Proto.CompareEvent { Report = ReportMapping.ToProto(outcome.Comparison, outcome.Stored) }, context.CancellationToken)
            .ConfigureAwait(false);
    }

    public override async Task<Proto.RenderedReport> GetReport(Proto.GetReportRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var format = FormatMapping.Read(request.Format);
        var rendered = await reports.GetAsync(Fields.Id(request.StoryId, "story_id"), format, context.CancellationToken).ConfigureAwait(false);
        return new Proto.RenderedReport
        {
            StoryId = rendered.StoryId,
            Format = FormatMapping.ToProto(format),
            ContentType = FormatMapping.ContentType(format),
            // The cached bytes are never changed, so the message can wrap them instead of copying.
            Content = UnsafeByteOperations.UnsafeWrap(rendered.Content),
            ComparedAt = Timestamps.From(rendered.ComparedAt),
        };
    }

    public override Task<Proto.ListStoriesResponse> ListStories(Proto.ListStoriesRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return listing.ListAsync(request, context.CancellationToken);
    }

    public override Task<Proto.Story> GetStory(Proto.GetStoryRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return listing.GetAsync(request, context.CancellationToken);
    }

    public override async Task WatchFindings(Proto.WatchFindingsRequest request, IServerStreamWriter<Proto.FindingEvent> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(responseStream);
        ArgumentNullException.ThrowIfNull(context);
        var storyId = request.StoryId.Length == 0 ? null : Fields.Id(request.StoryId, "story_id");
        if (storyId is not null)
        {
            await StoryLookup.GetOpenAsync(store, storyId, "story_id", context.CancellationToken).ConfigureAwait(false);
        }

        // Headers go out at once, so a client knows the watch is in place before the first finding arrives.
        await context.WriteResponseHeadersAsync(new Metadata()).ConfigureAwait(false);
        try
        {
            await foreach (var stored in feed.SubscribeAsync(context.CancellationToken).ConfigureAwait(false))
            {
                if (storyId is not null && stored.StoryId != storyId)
                {
                    continue;
                }

                foreach (var e in FindingEvents.From(stored))
                {
                    await responseStream.WriteAsync(e, context.CancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // The client left: the stream's normal end.
        }
    }

    public override Task<Proto.TopicWatch> AddTopicWatch(Proto.AddTopicWatchRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return watches.AddAsync(request, context.CancellationToken);
    }

    public override async Task<Proto.ListTopicWatchesResponse> ListTopicWatches(Proto.ListTopicWatchesRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new Proto.ListTopicWatchesResponse { Watches = { await watches.ListAsync(context.CancellationToken).ConfigureAwait(false) } };
    }

    public override async Task<Proto.RemoveTopicWatchResponse> RemoveTopicWatch(Proto.RemoveTopicWatchRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        await watches.RemoveAsync(Fields.Slug(request.Id, "id"), context.CancellationToken).ConfigureAwait(false);
        return new Proto.RemoveTopicWatchResponse();
    }
}
