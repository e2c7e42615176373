namespace Compare.Core.Domain;

/// <summary>How a figure is qualified.</summary>
public enum QuantityQualifier
{
    /// <summary>Stated as is: "154 million".</summary>
    Exact,

    /// <summary>"about", "around", "roughly", "nearly", "some", "an estimated".</summary>
    Approximate,

    /// <summary>"more than", "over", "at least": the value is a lower bound.</summary>
    AtLeast,

    /// <summary>"up to", "less than", "at most", "as many as": the value is an upper bound.</summary>
    AtMost,
}
