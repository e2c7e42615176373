namespace Compare.Core.Domain;

/// <summary>The words a reader sees for each <see cref="DifferenceKind"/>, in finding summaries and reports alike.</summary>
public static class DifferenceKindNames
{
    /// <summary>"number", "date", "actor", "negation" (for polarity), "attribution", "certainty".</summary>
    public static string ReaderName(this DifferenceKind kind) => kind switch
    {
        DifferenceKind.Number => "number",
        DifferenceKind.Date => "date",
        DifferenceKind.Actor => "actor",
        DifferenceKind.Polarity => "negation",
        DifferenceKind.Attribution => "attribution",
        _ => "certainty",
    };
}
