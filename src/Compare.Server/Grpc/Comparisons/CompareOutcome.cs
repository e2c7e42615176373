using Compare.Core.Domain;

namespace Compare.Server.Grpc.Comparisons;

/// <summary>A comparison and whether it is a stored story's (so the report names the story).</summary>
internal sealed record CompareOutcome(Comparison Comparison, bool Stored);
