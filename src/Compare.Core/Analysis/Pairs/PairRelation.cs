namespace Compare.Core.Analysis.Pairs;

/// <summary>How two statements relate.</summary>
public enum PairRelation
{
    /// <summary>The same fact, stated the same way (paraphrase, rounding of an approximate figure).</summary>
    Same,

    /// <summary>The same fact, stated differently: a different number, date, actor, polarity, attribution or certainty.</summary>
    Conflict,

    /// <summary>The same topic, a different fact.</summary>
    Related,

    /// <summary>Nothing to do with each other.</summary>
    Unrelated,
}
