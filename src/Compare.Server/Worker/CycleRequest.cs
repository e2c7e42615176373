namespace Compare.Server.Worker;

/// <summary>What a cycle crawls: named outlets (empty = every enabled one), on behalf of a schedule or a watch.</summary>
/// <param name="Trigger">Who asked ("startup", "schedule default", "api"), for the log.</param>
/// <param name="OutletIds">Outlets to crawl; empty = every enabled outlet.</param>
/// <param name="Progress">Told how the crawl goes, outlet by outlet (a run started through the API reports it); null for none.</param>
/// <param name="RunKey">
/// Names one firing of a schedule (schedule id and scheduled fire time) so that a firing recovered on another process after
/// its first process died resumes the same crawl instead of starting a second one; null for a run nothing will resume.
/// </param>
public sealed record CycleRequest(
    string Trigger, IReadOnlyList<string> OutletIds, IProgress<Compare.Crawling.Pipeline.OutletProgress>? Progress = null, string? RunKey = null);
