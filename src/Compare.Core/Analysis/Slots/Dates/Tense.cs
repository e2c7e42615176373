
namespace Compare.Core.Analysis.Slots.Dates;

/// <summary>Which way a sentence looks in time, as far as its verbs tell: it decides incomplete dates ("Aug. 13", "in May").</summary>
internal enum Tense
{
    /// <summary>No past or future marker: "The budget takes effect July 1".</summary>
    Present,

    /// <summary>A past-tense verb and no future marker: "The fire started on Aug. 13".</summary>
    Past,

    /// <summary>A future marker: "will", "is scheduled", "next", "could".</summary>
    Future,
}
