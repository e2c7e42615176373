namespace Compare.Core.Domain;

/// <summary>How precisely a date mention names its interval.</summary>
public enum DateGranularity
{
    /// <summary>A single day: "October 7, 2023", "last Tuesday".</summary>
    Day,

    /// <summary>A month: "February 2024".</summary>
    Month,

    /// <summary>A season or part of a year: "early 2024", "the summer of 2019".</summary>
    PartOfYear,

    /// <summary>A year: "1987".</summary>
    Year,

    /// <summary>A decade or part of one: "the early 1990s".</summary>
    Decade,
}
