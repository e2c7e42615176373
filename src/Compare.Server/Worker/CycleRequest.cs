namespace Compare.Server.Worker;

/// <summary>What a cycle crawls: named outlets (empty = every enabled one), on behalf of a schedule or a watch.</summary>
/// <param name="Trigger">Who asked ("startup", "schedule default", "api"), for the log.</param>
/// <param name="OutletIds">Outlets to crawl; empty = every enabled outlet.</param>
public sealed record CycleRequest(string Trigger, IReadOnlyList<string> OutletIds);
