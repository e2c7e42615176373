using Compare.Core.Domain;

namespace Compare.Server.Grpc.Comparisons;

/// <summary>What a Compare call compares, checked and mapped from the request.</summary>
internal abstract record CompareTarget
{
    /// <summary>A stored story; its current stored comparison is reused unless <paramref name="Recompute"/>.</summary>
    public sealed record StoredStory(string StoryId, bool Recompute) : CompareTarget;

    /// <summary>The stored articles matching a topic query.</summary>
    public sealed record Topic(string Query) : CompareTarget;

    /// <summary>Articles given in the request, with their outlets.</summary>
    public sealed record Inline(Story Story, IReadOnlyList<Outlet> Outlets) : CompareTarget;
}
