namespace Compare.Reports.Model;

/// <summary>What the coverage matrix shows for one fact and one outlet.</summary>
internal enum CoverageState
{
    /// <summary>The outlet does not state the fact and no finding says it left it out.</summary>
    NotStated,

    /// <summary>The outlet states the fact as the other outlets do.</summary>
    Agree,

    /// <summary>The outlet states the fact differently from at least one other outlet.</summary>
    Differ,

    /// <summary>The outlet covers the story but leaves the fact out.</summary>
    Omitted,

    /// <summary>Only this outlet states the fact.</summary>
    Unique,
}
