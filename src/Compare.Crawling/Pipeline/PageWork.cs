using System.Text.Json;
using Compare.Crawling.Discovery;
using Compare.Storage.Work;

namespace Compare.Crawling.Pipeline;

/// <summary>A <see cref="PageTarget"/> as a queued work item's payload, so any worker can process it.</summary>
internal sealed record PageWork(Uri? Url, string? Title, DateTimeOffset? PublishedAt, string? FilePath)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static WorkItemSpec Spec(string outletId, PageTarget target) => new(
        target.Key,
        outletId,
        JsonSerializer.Serialize(new PageWork(target.Link?.Url, target.Link?.Title, target.Link?.PublishedAt, target.FilePath), Json));

    public static PageTarget Target(WorkItem item)
    {
        var work = JsonSerializer.Deserialize<PageWork>(item.Payload, Json)
            ?? throw new InvalidOperationException($"work item {item.Id} has no payload");
        return work.Url is { } url ? new PageTarget(new DiscoveredLink(url, work.Title, work.PublishedAt), null) : new PageTarget(null, work.FilePath);
    }
}
