namespace Compare.Core.Domain;

/// <summary>What Compare concludes about one fact (one claim cluster).</summary>
/// <param name="Id">Identifier within the comparison (<c>f001</c>).</param>
/// <param name="Kind">Agree, differ, omitted or unique.</param>
/// <param name="ClusterId">The claim cluster it is about.</param>
/// <param name="Summary">One line for a reader.</param>
/// <param name="Outlets">Agree/differ: the outlets stating the fact; omitted: the outlets leaving it out; unique: the one outlet.</param>
/// <param name="Differences">For <see cref="FindingKind.Differ"/>: one entry per differing kind; empty otherwise.</param>
/// <param name="Evidence">The sentences stating the fact, one or more per stating outlet.</param>
/// <param name="Confidence">0..1: how sure the engine is of the alignment and of the judgement.</param>
/// <param name="Salience">0..1: how central the fact is; omissions are ranked by it.</param>
public sealed record Finding(
    string Id,
    FindingKind Kind,
    string ClusterId,
    string Summary,
    IReadOnlyList<string> Outlets,
    IReadOnlyList<ValueDifference> Differences,
    IReadOnlyList<Evidence> Evidence,
    double Confidence,
    double Salience);
