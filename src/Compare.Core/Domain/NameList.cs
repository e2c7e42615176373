namespace Compare.Core.Domain;

/// <summary>Names joined as a reader writes them, for finding summaries and report lines alike.</summary>
public static class NameList
{
    /// <summary>"The Harbor Courier, Meridian Post and The Civic Ledger"; "no outlet" for none.</summary>
    public static string Join(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return names.Count switch
        {
            0 => "no outlet",
            1 => names[0],
            _ => $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}",
        };
    }
}
