namespace Compare.Server.Grpc.Security;

/// <summary>Which calls change state (they need a key with write access); every other call only reads.</summary>
internal static class MethodAccess
{
    private static readonly HashSet<string> StateChanging = new(StringComparer.Ordinal)
    {
        "/compare.v1.ComparisonService/AddTopicWatch",
        "/compare.v1.ComparisonService/RemoveTopicWatch",
        "/compare.v1.CrawlService/UpsertOutlet",
        "/compare.v1.CrawlService/RemoveOutlet",
        "/compare.v1.CrawlService/TriggerCrawl",
        "/compare.v1.CrawlService/ScheduleCrawl",
        "/compare.v1.CrawlService/DeleteSchedule",
    };

    public static bool ChangesState(string method) => StateChanging.Contains(method);
}
