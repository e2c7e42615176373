namespace Compare.Server.Worker;

/// <summary>What a cycle crawls: named outlets (empty = every enabled one), on behalf of a schedule or a watch.</summary>
/// <param name="Trigger">Who asked ("startup", "schedule default", "api"), for the log.</param>
/// <param name="OutletIds">Outlets to crawl; empty = every enabled outlet.</param>
/// <param name="Progress">Told how the crawl goes, outlet by outlet (a run started through the API reports it); null for none.</param>
public sealed record CycleRequest(string Trigger, IReadOnlyList<string> OutletIds, IProgress<Compare.Crawling.Pipeline.OutletProgress>? Progress = null);
