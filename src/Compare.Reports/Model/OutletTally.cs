namespace Compare.Reports.Model;

/// <summary>How many facts an outlet agrees on, differs on, leaves out and alone states.</summary>
internal sealed record OutletTally(int Agree, int Differ, int Omitted, int Unique)
{
    /// <summary>The count for one state (0 for <see cref="CoverageState.NotStated"/>).</summary>
    public int Of(CoverageState state) => state switch
    {
        CoverageState.Agree => Agree,
        CoverageState.Differ => Differ,
        CoverageState.Omitted => Omitted,
        CoverageState.Unique => Unique,
        _ => 0,
    };
}
