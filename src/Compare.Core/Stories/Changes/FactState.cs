using Compare.Core.Domain;

namespace Compare.Core.Stories.Changes;

/// <summary>One fact of a comparison as the differ sees it: who states it, how they differ, who leaves it out, and its claims' keys.</summary>
internal sealed record FactState(
    string Id,
    string Label,
    IReadOnlyList<string> Stating,
    IReadOnlyList<DifferenceKind> DifferKinds,
    IReadOnlyList<ValueDifference> Differences,
    IReadOnlyList<string> Omitting,
    HashSet<string> Keys);
