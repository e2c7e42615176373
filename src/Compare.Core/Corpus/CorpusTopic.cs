namespace Compare.Core.Corpus;

/// <summary>A topic of the demo corpus: its folder, whether it is held out from tuning, and its gold labels.</summary>
public sealed record CorpusTopic(string Id, string Folder, bool HeldOut, GoldTopic Gold)
{
    /// <summary>Absolute path of the outlet's HTML page in this topic.</summary>
    public string PagePath(string outletId) =>
        Path.Combine(Folder, Gold.Articles.FirstOrDefault(a => a.Outlet == outletId)?.File
            ?? throw new ArgumentException($"topic {Id} has no article of outlet {outletId}", nameof(outletId)));
}
