using Compare.Storage.Stories;
using Proto = Compare.Protos.V1;

namespace Compare.Server.Grpc.Mapping;

internal static class StoryMapping
{
    public static Proto.StorySummary ToSummary(StoredStory s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new Proto.StorySummary
        {
            Id = s.Id,
            Label = s.Label,
            OutletIds = { s.OutletIds },
            ArticleCount = s.ArticleCount,
            UpdatedAt = Timestamps.From(s.UpdatedAt),
            Differences = s.Differences ?? 0,
            Omissions = s.Omissions ?? 0,
        };
    }
}
