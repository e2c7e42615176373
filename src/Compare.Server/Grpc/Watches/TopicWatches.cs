using Compare.Server.Grpc.Errors;
using Compare.Server.Grpc.Mapping;
using Compare.Storage;
using Compare.Storage.Watches;
using Microsoft.Extensions.Options;
using Proto = Compare.Protos.V1;

namespace Compare.Server.Grpc.Watches;

/// <summary>Topic watches through the API: the same store the CLI's <c>compare watch</c> uses; the worker gathers them each cycle.</summary>
internal sealed class TopicWatches(ICompareStore store, IOptions<GrpcOptions> options, TimeProvider time)
{
    private const int MaxNameChars = 200;

    public async Task<Proto.TopicWatch> AddAsync(Proto.AddTopicWatchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = Fields.Slug(request.Id, "id");
        Fields.Text(request.Query, "query", options.Value.MaxQueryChars);
        if (!request.Query.Any(char.IsLetterOrDigit))
        {
            throw RpcErrors.InvalidArgument("query", "has no words: say in a few words what to watch");
        }

        Fields.Text(request.Name, "name", MaxNameChars);
        var query = request.Query.Trim();
        var watch = new TopicWatch(id, string.IsNullOrWhiteSpace(request.Name) ? query : request.Name.Trim(), query, time.GetUtcNow());
        if (!await store.Watches.AddAsync(watch, cancellationToken).ConfigureAwait(false))
        {
            throw RpcErrors.AlreadyExists($"id: topic watch '{id}' already exists");
        }

        return ToProto(watch);
    }

    public async Task<IReadOnlyList<Proto.TopicWatch>> ListAsync(CancellationToken cancellationToken) =>
        (await store.Watches.ListAsync(cancellationToken).ConfigureAwait(false)).Select(ToProto).ToList();

    public async Task RemoveAsync(string id, CancellationToken cancellationToken)
    {
        var schedules = (await store.Schedules.ListAsync(cancellationToken).ConfigureAwait(false)).Where(s => s.WatchId == id).Select(s => s.Id).ToList();
        if (schedules.Count > 0)
        {
            throw RpcErrors.FailedPrecondition($"topic watch '{id}' is crawled by schedule {string.Join(", ", schedules)}: delete the schedule first");
        }

        if (!await store.Watches.RemoveAsync(id, cancellationToken).ConfigureAwait(false))
        {
            throw RpcErrors.NotFound($"id: no topic watch '{id}'");
        }
    }

    private static Proto.TopicWatch ToProto(TopicWatch w) => new()
    {
        Id = w.Id,
        Name = w.Name,
        Query = w.Query,
        StoryId = w.StoryId,
        CreatedAt = Timestamps.From(w.CreatedAt),
    };
}
