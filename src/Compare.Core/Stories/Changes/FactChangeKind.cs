namespace Compare.Core.Stories.Changes;

/// <summary>How a fact of a story changed between two comparisons.</summary>
public enum FactChangeKind
{
    /// <summary>Outlets now differ on the fact (or on a new kind of value) where they did not before.</summary>
    NewDifference,

    /// <summary>A difference of the earlier comparison is gone: the outlets now agree, or the differing statement was withdrawn.</summary>
    ResolvedDifference,

    /// <summary>Outlets now state a fact they did not state before (a new fact, or an outlet catching up).</summary>
    NewlyCovered,

    /// <summary>Outlets covering the story now leave out a fact the others state.</summary>
    NewOmission,
}
