namespace Compare.Core.Analysis.Alignment;

/// <summary>
/// One fact as the aligner found it: its sentences (claim indexes, ascending), and those of them that joined it as a second
/// fact they state, with what linked each one.
/// </summary>
internal sealed record AlignedGroup(IReadOnlyList<int> Members, IReadOnlyDictionary<int, SecondFactLink> SecondFacts);

/// <summary>What tied a sentence to a fact it states besides its own.</summary>
internal enum SecondFactLink
{
    /// <summary>Its meaning: it matches the fact's sentences well enough on the judge's P(same fact).</summary>
    Meaning,

    /// <summary>A figure: it gives a distinctive figure one of the fact's sentences gives ("52.6 percent").</summary>
    Figure,
}
